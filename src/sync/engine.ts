import type { Kv } from '../records/kv.ts';
import { CLIENT_PUSH_BATCH, DEFAULT_PULL_LIMIT, type Mutation, type PullResponse, type PushResponse, type SyncRecord } from '../shared/sync/protocol.ts';
import { call, SyncHttpError, type ApiTarget } from './api.ts';
import { DecryptError, decryptRecord, encryptRecord } from './crypto.ts';
import type { Outbox } from './outbox.ts';

/** The part of the records store sync uses (src/records/store.ts implements it). */
export interface StorePort {
  applyRemote(entity: string, record: SyncRecord): Promise<void>;
  listRecords(entity: string, opts: { includeDeleted: boolean }): Promise<SyncRecord[]>;
}

export interface EngineDeps {
  api: ApiTarget & { token: string };
  deviceId: string;
  key: CryptoKey;
  outbox: Outbox;
  /** Holds the pull cursor. */
  state: Kv;
  store: StorePort;
  entities: readonly string[];
  personal: Readonly<Record<string, readonly string[]>>;
  pushBatch?: number;
  pullLimit?: number;
}

export interface SyncReport {
  pushed: number;
  pulled: number;
  /** Rows this device could not store (made by a newer app version, or unknown entities). */
  unreadable: number;
  /** True when the server had lost mutations and this device sent its records again. */
  resent: boolean;
}

const CURSOR = 'cursor';

/** Every local record as a mutation: the first upload after pairing, or a resend the server asked for. */
export async function snapshot(store: StorePort, entities: readonly string[]): Promise<Array<{ name: 'put' | 'delete'; entity: string; record: SyncRecord }>> {
  const out: Array<{ name: 'put' | 'delete'; entity: string; record: SyncRecord }> = [];
  for (const entity of entities) {
    for (const record of await store.listRecords(entity, { includeDeleted: true })) out.push({ name: record.deletedAt ? 'delete' : 'put', entity, record });
  }
  return out;
}

/**
 * One sync pass: push the outbox in batches until it is empty, then pull pages after the cursor until
 * a short page. Safe to interrupt anywhere: the outbox shrinks only on the server's word and the
 * cursor moves only after a page is stored, so a retry repeats work but never loses or doubles it.
 */
export async function syncOnce(d: EngineDeps): Promise<SyncReport> {
  const report: SyncReport = { pushed: 0, pulled: 0, unreadable: 0, resent: false };
  const batchSize = d.pushBatch ?? CLIENT_PUSH_BATCH;

  // The outbox is read once and walked in batches (re-read only when it runs dry), so a large
  // backlog costs one read, not one per batch.
  let pending = await d.outbox.pending();
  for (let guard = 0; pending.length > 0 && guard < 100_000; guard++) {
    const batch = pending.slice(0, batchSize);
    const mutations: Mutation[] = await Promise.all(
      batch.map(async (e) => ({ id: e.id, name: e.name, entity: e.entity, recordId: e.recordId, record: await encryptRecord(d.key, e.entity, e.record, d.personal[e.entity] ?? []) })),
    );
    let res: PushResponse;
    try {
      res = await call<PushResponse>(d.api, 'POST', '/api/sync/push', { deviceId: d.deviceId, mutations });
    } catch (err) {
      if (err instanceof SyncHttpError && err.code === 'mutation_gap' && err.expected !== undefined && !report.resent) {
        // The server lacks mutations this device already dropped (e.g. it was restored from a
        // backup): send every local record again from the id it expects. Puts are idempotent.
        await d.outbox.reset(err.expected, await snapshot(d.store, d.entities));
        report.resent = true;
        pending = await d.outbox.pending();
        continue;
      }
      throw err;
    }
    const acked = await d.outbox.ack(res.lastMutationId, batch);
    report.pushed += res.applied;
    if (acked === 0) throw new SyncHttpError(0, 'network', `server acknowledged ${res.lastMutationId}, outbox starts at ${batch[0]?.id}`);
    pending = pending.filter((e) => e.id > res.lastMutationId);
    if (pending.length === 0) pending = await d.outbox.pending();
  }

  let cursor = (await d.state.get<number>(CURSOR)) ?? 0;
  const limit = d.pullLimit ?? DEFAULT_PULL_LIMIT;
  for (let guard = 0; guard < 100_000; guard++) {
    const page = await call<PullResponse>(d.api, 'POST', '/api/sync/pull', { cursor, limit, excludeOwn: true });
    const pending = await d.outbox.pending();
    if (pending.length) await d.outbox.ack(page.lastMutationId, pending);
    // A record changed here after the push began keeps the local edit; the server copy comes back after it.
    const localEdits = new Set(pending.filter((e) => e.id > page.lastMutationId).map((e) => `${e.entity}/${e.recordId}`));
    const wanted = page.rows.filter((row) => !localEdits.has(`${row.entity}/${row.id}`));
    // Decrypted together (Web Crypto works in parallel), then stored one by one in server order.
    const clear = await Promise.all(
      wanted.map(async (row) => {
        if (!d.entities.includes(row.entity)) return null;
        try {
          return await decryptRecord(d.key, row.entity, row.record, d.personal[row.entity] ?? []);
        } catch (err) {
          // A wrong center key must stop sync before anything is stored, not skip rows silently.
          if (err instanceof DecryptError) throw new SyncHttpError(0, 'key_mismatch', err.message);
          throw err;
        }
      }),
    );
    for (let i = 0; i < wanted.length; i++) {
      const record = clear[i];
      const row = wanted[i];
      if (!record || !row) {
        report.unreadable++;
        continue;
      }
      try {
        await d.store.applyRemote(row.entity, record);
        report.pulled++;
      } catch (err) {
        if ((err as Error).name === 'RecordInvalidError') report.unreadable++;
        else throw err;
      }
    }
    cursor = page.cursor;
    await d.state.set(CURSOR, cursor);
    if (!page.more) break;
  }
  return report;
}
