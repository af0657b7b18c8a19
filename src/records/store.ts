import {
  ENTITY_NAMES,
  ENTITY_SCHEMAS,
  RECORDS_SCHEMA_VERSION,
  tombstone,
  type BaseRecord,
  type EntityName,
  type RecordOf,
} from '../shared/records/schema.ts';
import { fieldPath } from '../content/problems.ts';
import { migrateRecord } from './migrations.ts';
import { memoryKv, openForage, type Kv } from './kv.ts';
import { RecordInvalidError, StorageFailedError, StorageFullError, isQuotaError } from './errors.ts';

/**
 * The records store: one localforage (IndexedDB) database per entity, keyed by record id, plus a
 * meta database holding the schema version and backup/sync times. Reads come from an in-memory copy
 * loaded once per entity, so reports and lists never wait on IndexedDB twice; writes go to disk
 * first and touch the copy only after they commit, so a failed write changes nothing.
 */
export interface LocalChange {
  entity: EntityName;
  id: string;
  op: 'put' | 'delete';
  record: BaseRecord;
}

export type StorageMode = 'indexeddb' | 'memory';

interface Opened {
  kv: Record<EntityName, Kv>;
  meta: Kv;
  mode: StorageMode;
  /** Set when the stored data was written by a newer app version; writes are then refused. */
  newerData: boolean;
}

const config: { prefix: string; forceMemory: boolean; openKv: (name: string) => Promise<Kv> } = { prefix: 'appa-records', forceMemory: false, openKv: openForage };
let opening: Promise<Opened> | null = null;
const cache = new Map<EntityName, Map<string, BaseRecord>>();
const localListeners = new Set<(c: LocalChange) => void>();
const changeListeners = new Set<(entity: EntityName) => void>();
let channel: BroadcastChannel | null = null;

/** Tests (and the bench) point the store at their own databases or force the memory fallback. */
export function configureStore(opts: { prefix?: string; forceMemory?: boolean; openKv?: (name: string) => Promise<Kv> }): void {
  Object.assign(config, opts);
  opening = null;
  cache.clear();
  channel?.close();
  channel = null;
}

async function openAll(): Promise<Opened> {
  let kv: Record<EntityName, Kv>;
  let meta: Kv;
  let mode: StorageMode = 'indexeddb';
  try {
    if (config.forceMemory) throw new Error('memory forced');
    const opened = await Promise.all(ENTITY_NAMES.map((e) => config.openKv(`${config.prefix}-${e}`)));
    kv = Object.fromEntries(ENTITY_NAMES.map((e, i) => [e, opened[i] as Kv])) as Record<EntityName, Kv>;
    meta = await config.openKv(`${config.prefix}-meta`);
  } catch {
    mode = 'memory';
    kv = Object.fromEntries(ENTITY_NAMES.map((e) => [e, memoryKv()])) as Record<EntityName, Kv>;
    meta = memoryKv();
  }
  const stored = await meta.get<number>('schemaVersion');
  let newerData = false;
  if (stored === null) await meta.set('schemaVersion', RECORDS_SCHEMA_VERSION);
  else if (stored < RECORDS_SCHEMA_VERSION) await migrateAll(kv, meta, stored);
  else if (stored > RECORDS_SCHEMA_VERSION) newerData = true;
  if (typeof BroadcastChannel !== 'undefined' && !channel) {
    channel = new BroadcastChannel(`${config.prefix}-changes`);
    // Another tab wrote: drop our copy of that entity so the next read sees its write.
    channel.onmessage = (e: MessageEvent<{ entity?: unknown }>) => {
      const entity = e.data?.entity;
      if (typeof entity === 'string' && (ENTITY_NAMES as readonly string[]).includes(entity)) {
        cache.delete(entity as EntityName);
        for (const l of changeListeners) l(entity as EntityName);
      }
    };
  }
  return { kv, meta, mode, newerData };
}

/** Rewrites every stored record in the current format; the version moves only after all entities are done. */
async function migrateAll(kv: Record<EntityName, Kv>, meta: Kv, from: number): Promise<void> {
  for (const entity of ENTITY_NAMES) {
    const rows = await kv[entity].values<Record<string, unknown>>();
    const out = rows.map((r) => migrateRecord(entity, r, from));
    await kv[entity].setMany(out.map((r) => [String(r.id), r] as const));
  }
  await meta.set('schemaVersion', RECORDS_SCHEMA_VERSION);
}

function open(): Promise<Opened> {
  opening ??= openAll();
  return opening;
}

async function entityCache(entity: EntityName): Promise<Map<string, BaseRecord>> {
  const hit = cache.get(entity);
  if (hit) return hit;
  const { kv } = await open();
  const rows = await kv[entity].values<BaseRecord>();
  const m = new Map(rows.map((r) => [r.id, r]));
  cache.set(entity, m);
  return m;
}

function validate<E extends EntityName>(entity: E, record: unknown): RecordOf<E> {
  const r = ENTITY_SCHEMAS[entity].safeParse(record);
  if (!r.success) {
    const issue = r.error.issues[0];
    const field = issue ? fieldPath(issue.path) : '';
    throw new RecordInvalidError(`${entity}${field ? `.${field}` : ''}: ${issue?.message ?? 'invalid'}`, field);
  }
  return r.data;
}

async function writeMany(entity: EntityName, records: BaseRecord[]): Promise<void> {
  const o = await open();
  if (o.newerData) throw new StorageFailedError('records were written by a newer version of the app');
  try {
    if (records.length === 1) await o.kv[entity].set((records[0] as BaseRecord).id, records[0]);
    else await o.kv[entity].setMany(records.map((r) => [r.id, r] as const));
  } catch (err) {
    if (isQuotaError(err)) throw new StorageFullError('device storage is full', { cause: err });
    throw new StorageFailedError('could not write records', { cause: err });
  }
  const m = await entityCache(entity);
  for (const r of records) m.set(r.id, r);
  channel?.postMessage({ entity });
  for (const l of changeListeners) l(entity);
}

function nowAfter(prev: string | undefined): string {
  const now = Date.now();
  const floor = prev ? Date.parse(prev) + 1 : 0;
  return new Date(Math.max(now, floor)).toISOString();
}

/**
 * Local changes made before the sync outbox subscribed (it boots when the page is idle) wait here and
 * go to the first subscriber, in order. Null once sync has said it will not listen on this page.
 */
let unheardLocal: LocalChange[] | null = [];

function fireLocal(c: LocalChange): void {
  if (localListeners.size === 0) {
    unheardLocal?.push(c);
    return;
  }
  for (const l of localListeners) {
    try {
      l(c);
    } catch (err) {
      console.error('records: a change listener failed', err);
    }
  }
}

export async function getRecord<E extends EntityName>(entity: E, id: string): Promise<RecordOf<E> | null> {
  const m = await entityCache(entity);
  return (m.get(id) as RecordOf<E> | undefined) ?? null;
}

export async function listRecords<E extends EntityName>(entity: E, opts: { includeDeleted?: boolean } = {}): Promise<Array<RecordOf<E>>> {
  const m = await entityCache(entity);
  const all = [...m.values()] as Array<RecordOf<E>>;
  const rows = opts.includeDeleted ? all : all.filter((r) => r.deletedAt === null);
  // Ids begin with their creation time, so this is creation order.
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Saves a record made or edited on this device. `updatedAt` is stamped here (never earlier than the
 * stored one, so a slow clock cannot make an edit look older); `createdAt` of an existing record is kept.
 */
export async function putRecord<E extends EntityName>(entity: E, record: RecordOf<E>): Promise<RecordOf<E>> {
  const prev = await getRecord(entity, record.id);
  const next = validate(entity, { ...record, createdAt: prev?.createdAt ?? record.createdAt, updatedAt: nowAfter(prev?.updatedAt) });
  await writeMany(entity, [next]);
  fireLocal({ entity, id: next.id, op: 'put', record: next });
  return next;
}

/** Deletes for real: a tombstone with the personal fields blanked, which sync passes on to the server. */
export async function deleteRecord(entity: EntityName, id: string): Promise<void> {
  const prev = await getRecord(entity, id);
  if (!prev || prev.deletedAt) return;
  const tomb = tombstone(entity, prev, nowAfter(prev.updatedAt));
  await writeMany(entity, [tomb]);
  fireLocal({ entity, id, op: 'delete', record: tomb });
}

/** A record from the server, written as the server has it (its order wins), without echoing it back. */
export async function applyRemote<E extends EntityName>(entity: E, record: RecordOf<E>): Promise<void> {
  await writeMany(entity, [validate(entity, record)]);
}

/**
 * Merges records from a backup (or any other copy): by id, the newer `updatedAt` wins, and a deleted
 * record stays deleted whichever copy is newer. Everything that changed goes to sync as a local change.
 * Returns how many records were written.
 */
export async function mergeRecords<E extends EntityName>(entity: E, incoming: ReadonlyArray<RecordOf<E>>): Promise<number> {
  const m = await entityCache(entity);
  // Keyed by id so a file holding two copies of one record still writes it once.
  const pending = new Map<string, RecordOf<E>>();
  for (const raw of incoming) {
    const r = validate(entity, raw);
    const have = (pending.get(r.id) ?? m.get(r.id)) as RecordOf<E> | undefined;
    let next: RecordOf<E> | null = null;
    if (!have) next = r;
    else if (have.deletedAt && !r.deletedAt) next = null;
    else if (r.deletedAt && !have.deletedAt) {
      const newer = have.updatedAt > r.updatedAt ? have : r;
      next = { ...tombstone(entity, newer, newer.updatedAt), deletedAt: r.deletedAt };
    }
    else if (r.updatedAt > have.updatedAt) next = r;
    if (next) pending.set(next.id, next);
  }
  const changed = [...pending.values()];
  if (changed.length) await writeMany(entity, changed);
  for (const r of changed) fireLocal({ entity, id: r.id, op: r.deletedAt ? 'delete' : 'put', record: r });
  return changed.length;
}

/** Called after each local write commits; the sync outbox subscribes here. */
export function onLocalChange(fn: (c: LocalChange) => void): () => void {
  localListeners.add(fn);
  for (const c of unheardLocal?.splice(0) ?? []) fn(c);
  return () => localListeners.delete(fn);
}

/** Sync will not listen on this page (the device is not paired): stop holding local changes for it. */
export function dropUnheardLocalChanges(): void {
  unheardLocal = null;
}

/** Any change to an entity — local, from sync, from a backup or another tab — for screens to redraw. */
export function onRecordsChanged(fn: (entity: EntityName) => void): () => void {
  changeListeners.add(fn);
  return () => changeListeners.delete(fn);
}

export async function getMeta<T>(key: string): Promise<T | null> {
  return (await open()).meta.get<T>(key);
}

export async function setMeta<T>(key: string, value: T): Promise<void> {
  try {
    await (await open()).meta.set(key, value);
  } catch (err) {
    if (isQuotaError(err)) throw new StorageFullError('device storage is full', { cause: err });
    throw new StorageFailedError('could not write', { cause: err });
  }
}

export interface StoreStatus {
  mode: StorageMode;
  newerData: boolean;
  schemaVersion: number;
}

export async function storeStatus(): Promise<StoreStatus> {
  const o = await open();
  return { mode: o.mode, newerData: o.newerData, schemaVersion: RECORDS_SCHEMA_VERSION };
}

/**
 * Asks the browser not to evict our data under storage pressure. Chromium grants it to installed or
 * engaged sites, Safari mostly refuses; either way the week-without-backup warning stays the safety net.
 */
export async function requestPersistence(): Promise<boolean | null> {
  const s = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!s?.persist) return null;
  try {
    return (await s.persisted?.()) || (await s.persist());
  } catch {
    return false;
  }
}

/** Erases every record on this device (a device handed back, or a test's clean slate). Meta goes too. */
export async function wipeAll(): Promise<void> {
  const o = await open();
  await Promise.all([...ENTITY_NAMES.map((e) => o.kv[e].clear()), o.meta.clear()]);
  await o.meta.set('schemaVersion', RECORDS_SCHEMA_VERSION);
  cache.clear();
  for (const e of ENTITY_NAMES) {
    channel?.postMessage({ entity: e });
    for (const l of changeListeners) l(e);
  }
}
