import { ENTITY_NAMES, PERSONAL_FIELDS, RECORDS_SCHEMA_VERSION, type EntityName, type RecordOf } from '../shared/records/schema.ts';
import { applyRemote, listRecords, onLocalChange } from '../records/store.ts';
import { memoryKv, openForage, type Kv } from '../records/kv.ts';
import type { MeResponse, PairResponse, SyncRecord } from '../shared/sync/protocol.ts';
import { call, SyncHttpError, type ApiTarget } from './api.ts';
import { deriveCenterKey, keyMatches, makeKeyCheck } from './crypto.ts';
import { snapshot, syncOnce, type StorePort } from './engine.ts';
import { followLocalChanges, type Follower } from './follow.ts';
import { Outbox } from './outbox.ts';
import { schedule, type Scheduler } from './backoff.ts';

/** What this device knows about its center link (kept in its own IndexedDB database). */
export interface Pairing {
  deviceId: string;
  token: string;
  label: string;
  center: PairResponse['center'];
  pairedAt: string;
}

export type Phase = 'unpaired' | 'locked' | 'idle' | 'syncing' | 'offline' | 'error' | 'update';

export interface SyncStatus {
  phase: Phase;
  pending: number;
  center: Pairing['center'] | null;
  label: string | null;
  lastSyncedAt: string | null;
  /** The last failure's code (sync:error.<code>) and time; cleared by a success. */
  lastError: { code: string; at: string } | null;
  /** Rows from the server this app version could not store. */
  unreadable: number;
  /** False when IndexedDB is unavailable (private mode): the outbox lasts for this visit only. */
  persistent: boolean;
}

interface Saved {
  lastSyncedAt: string | null;
  lastError: { code: string; at: string } | null;
  unreadable: number;
}

const store: StorePort = {
  applyRemote: (entity, record) => applyRemote(entity as EntityName, record as unknown as RecordOf<EntityName>),
  listRecords: async (entity, opts) => (await listRecords(entity as EntityName, opts)) as unknown as SyncRecord[],
};

let kvs: Promise<{ state: Kv; outbox: Kv; persistent: boolean }> | null = null;
function storage(): Promise<{ state: Kv; outbox: Kv; persistent: boolean }> {
  kvs ??= Promise.all([openForage('appa-sync-state'), openForage('appa-sync-outbox')]).then(
    ([state, outbox]) => ({ state, outbox, persistent: true }),
    // Private mode: the outbox lives for this visit only, and the status says so.
    () => ({ state: memoryKv(), outbox: memoryKv(), persistent: false }),
  );
  return kvs;
}

const api = (token?: string): ApiTarget => ({ fetch: (...a) => fetch(...a), baseUrl: '', token });
const listeners = new Set<(s: SyncStatus) => void>();
let current: SyncStatus = { phase: 'unpaired', pending: 0, center: null, label: null, lastSyncedAt: null, lastError: null, unreadable: 0, persistent: true };
let scheduler: Scheduler | null = null;
let follower: Follower | null = null;
let channel: BroadcastChannel | null = null;
let started = false;

export function syncStatus(): SyncStatus {
  return current;
}

export function onSyncStatus(fn: (s: SyncStatus) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function publish(patch: Partial<SyncStatus>, broadcast = true): void {
  current = { ...current, ...patch };
  for (const l of listeners) l(current);
  if (broadcast) channel?.postMessage('status');
}

async function outbox(): Promise<Outbox> {
  return new Outbox((await storage()).outbox);
}

export async function getPairing(): Promise<Pairing | null> {
  return (await storage()).state.get<Pairing>('pairing');
}

async function getKey(): Promise<CryptoKey | null> {
  return (await storage()).state.get<CryptoKey>('key');
}

/** Re-reads everything from storage (after start, or when another tab synced). */
export async function refreshStatus(): Promise<SyncStatus> {
  const { state, persistent } = await storage();
  const [pairing, key, saved, pending] = await Promise.all([getPairing(), getKey(), state.get<Saved>('saved'), (await outbox()).size()]);
  const phase: Phase = !pairing ? 'unpaired' : !key ? 'locked' : current.phase === 'unpaired' || current.phase === 'locked' ? 'idle' : current.phase;
  publish({ phase, pending, center: pairing?.center ?? null, label: pairing?.label ?? null, lastSyncedAt: saved?.lastSyncedAt ?? null, lastError: saved?.lastError ?? null, unreadable: saved?.unreadable ?? 0, persistent }, false);
  return current;
}

async function save(patch: Partial<Saved>): Promise<void> {
  const { state } = await storage();
  const prev = (await state.get<Saved>('saved')) ?? { lastSyncedAt: null, lastError: null, unreadable: 0 };
  await state.set<Saved>('saved', { ...prev, ...patch });
}

/** One pass under the cross-tab lock; what the scheduler should do next. */
async function pass(): Promise<'ok' | 'retry' | 'stop'> {
  const [pairing, key] = await Promise.all([getPairing(), getKey()]);
  if (!pairing || !key) return 'stop';
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    publish({ phase: 'offline', pending: await (await outbox()).size() });
    return 'stop';
  }
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const work = async (): Promise<'ok' | 'retry' | 'stop'> => {
    publish({ phase: 'syncing' });
    await follower?.flushed();
    const { state } = await storage();
    try {
      const report = await syncOnce({ api: { ...api(pairing.token), token: pairing.token }, deviceId: pairing.deviceId, key, outbox: await outbox(), state, store, entities: ENTITY_NAMES, personal: PERSONAL_FIELDS });
      const at = new Date().toISOString();
      await save({ lastSyncedAt: at, lastError: null, unreadable: report.unreadable });
      publish({ phase: 'idle', lastSyncedAt: at, lastError: null, unreadable: report.unreadable, pending: await (await outbox()).size() });
      return 'ok';
    } catch (err) {
      const e = err instanceof SyncHttpError ? err : new SyncHttpError(0, storageErrorCode(err), String(err));
      const lastError = { code: e.code, at: new Date().toISOString() };
      await save({ lastError }).catch(() => undefined);
      const phase: Phase = e.status === 426 ? 'update' : e.code === 'network' && navigator.onLine === false ? 'offline' : 'error';
      publish({ phase, lastError, pending: await (await outbox()).size() });
      if (e.status === 426) void navigator.serviceWorker?.getRegistration().then((r) => r?.update());
      return e.transient ? 'retry' : 'stop';
    }
  };
  if (!locks) return work();
  // Another tab holding the lock is syncing for us: this tab only shows its status.
  return (await locks.request('appa-sync', { ifAvailable: true }, async (lock) => (lock ? work() : 'ok'))) as 'ok' | 'retry' | 'stop';
}

function storageErrorCode(err: unknown): string {
  const name = (err as Error | undefined)?.name ?? '';
  return name === 'StorageFullError' || name === 'QuotaExceededError' ? 'storage_full' : 'storage_failed';
}

/**
 * Starts the loop once per page: online, page show and visibility trigger a pass at once. Local
 * changes made before the outbox listened come first, from the records store's hold.
 */
export async function startSync(): Promise<void> {
  if (started) return;
  started = true;
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel('appa-sync-status');
    channel.onmessage = () => void refreshStatus();
  }
  scheduler = schedule(pass);
  const box = await outbox();
  // After an app update that reads more record kinds, pull everything again: rows an older version
  // could not store are fetched once more (the status screen promised as much).
  const { state } = await storage();
  if ((await state.get<number>('recordsVersion')) !== RECORDS_SCHEMA_VERSION) {
    if ((await state.get<Pairing>('pairing')) && ((await state.get<Saved>('saved'))?.unreadable ?? 0) > 0) await state.set('cursor', 0);
    await state.set('recordsVersion', RECORDS_SCHEMA_VERSION);
  }
  follower = followLocalChanges(
    { onLocalChange: (fn) => onLocalChange((c) => fn({ ...c, record: c.record as unknown as SyncRecord })) },
    box,
    (err) => {
      const lastError = { code: storageErrorCode(err), at: new Date().toISOString() };
      publish({ phase: 'error', lastError });
    },
    () => {
      void box.size().then((pending) => publish({ pending }));
      // A burst of taps (attendance for a whole class) goes out as one push.
      if (current.phase !== 'unpaired' && current.phase !== 'locked') scheduler?.soon(1500);
    },
  );
  window.addEventListener('online', () => scheduler?.now());
  window.addEventListener('offline', () => publish({ phase: 'offline' }));
  window.addEventListener('pageshow', () => scheduler?.now());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') scheduler?.now();
  });
  // Others' records arrive without anyone tapping: a quiet pull every two minutes while visible.
  setInterval(() => {
    if (document.visibilityState === 'visible') scheduler?.soon(0);
  }, 120_000);
  const s = await refreshStatus();
  if (s.phase !== 'unpaired' && s.phase !== 'locked') scheduler.now();
}

export function syncNow(): void {
  scheduler?.now();
}

export class PairingError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/**
 * Pairs this device with a center by the code the center issued, then unlocks it with the center's
 * passphrase. Records made before pairing are queued for the first upload.
 */
export async function pairDevice(input: { code: string; passphrase: string; label: string }): Promise<void> {
  let res: PairResponse;
  try {
    res = await call<PairResponse>(api(), 'POST', '/api/sync/pair', { code: input.code, label: input.label });
  } catch (err) {
    throw new PairingError(err instanceof SyncHttpError ? err.code : 'network');
  }
  const { state, outbox: ob } = await storage();
  await state.remove('key');
  await state.set<Pairing>('pairing', { deviceId: res.deviceId, token: res.token, label: input.label, center: res.center, pairedAt: new Date().toISOString() });
  await state.set('cursor', 0);
  await state.set<Saved>('saved', { lastSyncedAt: null, lastError: null, unreadable: 0 });
  await ob.clear();
  await refreshStatus();
  await unlock(input.passphrase);
}

/** Derives the center key and checks it against the center's key check (set by its first device). */
export async function unlock(passphrase: string): Promise<void> {
  const pairing = await getPairing();
  if (!pairing) throw new PairingError('unpaired');
  const key = await deriveCenterKey(passphrase, pairing.center.id);
  let me: MeResponse;
  try {
    me = await call<MeResponse>(api(pairing.token), 'GET', '/api/sync/me');
  } catch (err) {
    throw new PairingError(err instanceof SyncHttpError ? err.code : 'network');
  }
  if (me.keyCheck) {
    if (!(await keyMatches(key, me.keyCheck))) throw new PairingError('passphrase_mismatch');
  } else {
    const set = await call<{ keyCheck: string }>(api(pairing.token), 'PUT', '/api/sync/key-check', { keyCheck: await makeKeyCheck(key) });
    // Another device set it first a moment ago: ours must match theirs.
    if (!(await keyMatches(key, set.keyCheck))) throw new PairingError('passphrase_mismatch');
  }
  const { state } = await storage();
  await state.set('key', key);
  const box = await outbox();
  await box.reset(me.lastMutationId + 1, await snapshot(store, ENTITY_NAMES));
  await refreshStatus();
  scheduler?.now();
}

/** Forgets the center link on this device (records stay). Unsent changes are dropped: the screen asks first. */
export async function unpair(): Promise<void> {
  const { state, outbox: ob } = await storage();
  await Promise.all([state.clear(), ob.clear()]);
  publish({ phase: 'unpaired', pending: 0, center: null, label: null, lastSyncedAt: null, lastError: null, unreadable: 0 });
}

/** Authenticated calls for the center screen (this device's own center only; the server enforces it). */
export async function centerApi(): Promise<ApiTarget & { token: string }> {
  const pairing = await getPairing();
  if (!pairing) throw new PairingError('unpaired');
  return { ...api(pairing.token), token: pairing.token };
}

export async function centerKey(): Promise<CryptoKey | null> {
  return getKey();
}
