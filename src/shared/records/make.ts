import { newId } from './ids.ts';
import type { BaseRecord, EntityName, RecordOf } from './schema.ts';

export type Fields<E extends EntityName> = Omit<RecordOf<E>, keyof BaseRecord>;

/** A new record with a fresh sortable id and timestamps; the caller saves it with putRecord. */
export function makeRecord<E extends EntityName>(_entity: E, fields: Fields<E>, centerId: string | null, now: Date = new Date()): RecordOf<E> {
  const at = now.toISOString();
  return { ...fields, id: newId(now.getTime()), centerId, createdAt: at, updatedAt: at, deletedAt: null } as RecordOf<E>;
}
