import { RECORDS_SCHEMA_VERSION, type EntityName } from '../shared/records/schema.ts';

type Raw = Record<string, unknown>;

/**
 * How records changed between versions of the local store. Each step takes a record in version n and
 * returns it in version n + 1; a device that skipped updates runs the steps in order.
 *
 * - v1 (first field trial): no tombstones or center ids — a deletion removed the record; attendance
 *   status was `here | late | early-leave`.
 * - v2: `centerId` and `deletedAt` on every record; attendance `present | late | left-early | absent`.
 * - v3: a person's single `displayName` split into `name` (adults) and `nickname` (children), so sync
 *   can treat both as personal fields and reports never need either.
 */
export const MIGRATIONS: Record<number, (entity: EntityName, r: Raw) => Raw> = {
  1: (entity, r) => {
    const out: Raw = { centerId: null, deletedAt: null, ...r };
    if (entity === 'attendance') {
      const map: Record<string, string> = { here: 'present', late: 'late', 'early-leave': 'left-early' };
      out.status = map[String(r.status)] ?? 'present';
    }
    return out;
  },
  2: (entity, r) => {
    if (entity !== 'person') return r;
    const { displayName, ...rest } = r;
    const text = typeof displayName === 'string' ? displayName : '';
    const child = rest.role === 'child';
    return { ...rest, name: child ? '' : text, nickname: child ? text : '', ageBand: rest.ageBand ?? null };
  },
};

/** Brings one stored record from `from` up to the current version. */
export function migrateRecord(entity: EntityName, raw: Raw, from: number): Raw {
  let r = raw;
  for (let v = from; v < RECORDS_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from records version ${v}`);
    r = step(entity, r);
  }
  return r;
}
