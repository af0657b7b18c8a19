import type { SyncRecord } from '../../src/shared/sync/protocol.ts';

type Change = { entity: string; id: string; op: 'put' | 'delete'; record: SyncRecord };

/**
 * An in-memory stand-in with exactly the records store's interface (src/records/store.ts), for
 * client tests in Node: local writes fire onLocalChange, applyRemote does not.
 */
export function fakeStore(personal: Readonly<Record<string, readonly string[]>> = {}) {
  const data = new Map<string, Map<string, SyncRecord>>();
  const listeners = new Set<(c: Change) => void>();
  const table = (e: string): Map<string, SyncRecord> => {
    let m = data.get(e);
    if (!m) data.set(e, (m = new Map()));
    return m;
  };
  let clock = Date.parse('2026-11-20T09:00:00.000Z');
  const now = (): string => new Date((clock += 1000)).toISOString();
  return {
    async getRecord(entity: string, id: string): Promise<SyncRecord | null> {
      return structuredClone(table(entity).get(id) ?? null);
    },
    async listRecords(entity: string, opts: { includeDeleted?: boolean } = {}): Promise<SyncRecord[]> {
      return [...table(entity).values()].filter((r) => opts.includeDeleted || !r.deletedAt).map((r) => structuredClone(r)).sort((a, b) => (a.id < b.id ? -1 : 1));
    },
    async putRecord(entity: string, record: SyncRecord): Promise<SyncRecord> {
      const next = { ...record, updatedAt: now() };
      table(entity).set(record.id, structuredClone(next));
      for (const l of listeners) l({ entity, id: record.id, op: 'put', record: structuredClone(next) });
      return next;
    },
    async deleteRecord(entity: string, id: string): Promise<void> {
      const prev = table(entity).get(id);
      if (!prev || prev.deletedAt) return;
      const at = now();
      const tomb: SyncRecord = { ...prev, deletedAt: at, updatedAt: at };
      for (const f of personal[entity] ?? []) tomb[f] = '';
      table(entity).set(id, tomb);
      for (const l of listeners) l({ entity, id, op: 'delete', record: structuredClone(tomb) });
    },
    onLocalChange(fn: (c: Change) => void): () => void {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    async applyRemote(entity: string, record: SyncRecord): Promise<void> {
      table(entity).set(record.id, structuredClone(record));
    },
    /** Every record, sorted, for comparing two sides. */
    dump(): Array<{ entity: string; record: SyncRecord }> {
      return [...data.entries()].flatMap(([entity, m]) => [...m.values()].map((record) => ({ entity, record }))).sort((a, b) => `${a.entity}/${a.record.id}`.localeCompare(`${b.entity}/${b.record.id}`));
    },
  };
}

export type FakeStore = ReturnType<typeof fakeStore>;
