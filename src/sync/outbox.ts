import type { Kv } from '../records/kv.ts';
import type { MutationName, SyncRecord } from '../shared/sync/protocol.ts';

/** One local change waiting for the server's acknowledgement (kept in clear on the device). */
export interface OutboxEntry {
  id: number;
  name: MutationName;
  entity: string;
  recordId: string;
  record: SyncRecord;
  queuedAt: string;
}

interface Counter {
  nextId: number;
}

const key = (id: number): string => `m:${String(id).padStart(12, '0')}`;

/** Serializes enqueues across tabs (Web Locks) or, where absent, within this page. */
async function exclusive<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) return locks.request(name, fn) as Promise<T>;
  const prev = localChains.get(name) ?? Promise.resolve();
  const run = prev.then(fn, fn);
  localChains.set(name, run.catch(() => undefined));
  return run;
}
const localChains = new Map<string, Promise<unknown>>();

const COUNTER = '~counter';
const isEntry = (v: unknown): v is OutboxEntry => typeof v === 'object' && v !== null && 'entity' in v && typeof (v as OutboxEntry).id === 'number';

/**
 * The outbox: every local change becomes a mutation with the next per-device id, written together
 * with the counter in ONE IndexedDB transaction (same store, `setMany`), and stays until the server
 * says it has applied it. No crash can make an id repeat or skip.
 */
export class Outbox {
  constructor(
    private readonly kv: Kv,
    private readonly lockName = 'appa-sync-outbox',
  ) {}

  async enqueue(change: { name: MutationName; entity: string; record: SyncRecord }, now = new Date()): Promise<OutboxEntry> {
    return exclusive(this.lockName, async () => {
      const c = (await this.kv.get<Counter>(COUNTER)) ?? { nextId: 1 };
      const entry: OutboxEntry = { id: c.nextId, name: change.name, entity: change.entity, recordId: change.record.id, record: change.record, queuedAt: now.toISOString() };
      await this.kv.setMany([
        [key(entry.id), entry],
        [COUNTER, { nextId: entry.id + 1 }],
      ]);
      return entry;
    });
  }

  /** Pending entries in id order. */
  async pending(): Promise<OutboxEntry[]> {
    const all = (await this.kv.values<unknown>()).filter(isEntry);
    return all.sort((a, b) => a.id - b.id);
  }

  async size(): Promise<number> {
    return (await this.pending()).length;
  }

  async nextId(): Promise<number> {
    return ((await this.kv.get<Counter>(COUNTER)) ?? { nextId: 1 }).nextId;
  }

  /** Drops what the server has applied (ids up to and including `lastId`). */
  async ack(lastId: number, pending?: OutboxEntry[]): Promise<number> {
    const list = pending ?? (await this.pending());
    let n = 0;
    for (const e of list) {
      if (e.id > lastId) break;
      await this.kv.remove(key(e.id));
      n++;
    }
    return n;
  }

  /**
   * Starts numbering again at `nextId` with the given changes (a new pairing, or a server that lost
   * what this device had already sent): the old queue is replaced, never merged with.
   */
  async reset(nextId: number, changes: Array<{ name: MutationName; entity: string; record: SyncRecord }>, now = new Date()): Promise<void> {
    await exclusive(this.lockName, async () => {
      await this.kv.clear();
      const rows: Array<readonly [string, unknown]> = changes.map((c, i) => {
        const e: OutboxEntry = { id: nextId + i, name: c.name, entity: c.entity, recordId: c.record.id, record: c.record, queuedAt: now.toISOString() };
        return [key(e.id), e] as const;
      });
      rows.push([COUNTER, { nextId: nextId + changes.length }]);
      await this.kv.setMany(rows);
    });
  }
}
