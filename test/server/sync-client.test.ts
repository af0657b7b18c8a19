import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { createSyncRepo, type SyncRepo } from '../../src/server/sync/repo.ts';
import { memoryKv } from '../../src/records/kv.ts';
import { Outbox } from '../../src/sync/outbox.ts';
import { followLocalChanges } from '../../src/sync/follow.ts';
import { syncOnce, type EngineDeps } from '../../src/sync/engine.ts';
import { SyncHttpError } from '../../src/sync/api.ts';
import { deriveCenterKey, isCiphertext } from '../../src/sync/crypto.ts';
import { dialects, type TestDb } from './dialects.ts';
import { fakeStore, type FakeStore } from './fake-store.ts';
import { startProxy, type Proxy } from './tcp-proxy.ts';

const PERSONAL = { person: ['name', 'nickname'], session: ['note'] } as const;
const ENTITIES = ['person', 'session', 'attendance'];

export interface Device {
  store: FakeStore;
  outbox: Outbox;
  deps: EngineDeps;
  stop(): void;
  flushed(): Promise<void>;
}

export async function makeDevice(repo: SyncRepo, centerId: string, baseUrl: string, key: CryptoKey): Promise<Device> {
  const { code } = await repo.issuePairingCode(centerId);
  const paired = await repo.pair(code, 'tablet');
  const store = fakeStore(PERSONAL);
  const outbox = new Outbox(memoryKv(), `outbox-${paired.deviceId}`);
  const { stop, flushed } = followLocalChanges(store, outbox, (e) => {
    throw e;
  });
  const deps: EngineDeps = { api: { fetch, baseUrl, token: paired.token }, deviceId: paired.deviceId, key, outbox, state: memoryKv(), store, entities: ENTITIES, personal: PERSONAL, pushBatch: 20, pullLimit: 25 };
  return { store, outbox, deps, stop, flushed };
}

let seq = 0;
export function rec(extra: Record<string, unknown> = {}): { id: string; centerId: null; createdAt: string; updatedAt: string; deletedAt: null } & Record<string, unknown> {
  const t = '2026-11-20T10:00:00.000Z';
  return { id: `R${String(++seq).padStart(25, '0')}`, centerId: null, createdAt: t, updatedAt: t, deletedAt: null, ...extra };
}

/** Pulls until the outbox is empty and nothing is left to pull, retrying transient failures. */
async function settle(d: Device): Promise<void> {
  await d.flushed();
  for (let i = 0; i < 20; i++) {
    try {
      await syncOnce(d.deps);
      if ((await d.outbox.size()) === 0) return;
    } catch (err) {
      if (!(err instanceof SyncHttpError) || !err.transient) throw err;
    }
  }
  throw new Error('did not settle');
}

async function serverRows(tdb: TestDb, centerId: string) {
  return tdb.store.db.selectFrom('records').selectAll().where('center_id', '=', centerId).orderBy('entity').orderBy('id').execute();
}

describe.each(dialects())('sync client against the real server on $name', (dialect) => {
  let tdb: TestDb;
  let app: FastifyInstance;
  let repo: SyncRepo;
  let proxy: Proxy;
  let key: CryptoKey;
  let otherKey: CryptoKey;

  beforeAll(async () => {
    tdb = await dialect.create();
    app = await buildApp({ store: tdb.store, schemaVersion: tdb.schemaVersion, rateLimitPerMinute: 1_000_000 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    proxy = await startProxy(typeof addr === 'object' && addr ? addr.port : 0);
    repo = createSyncRepo(tdb.store.db, tdb.store.dialect);
    key = await deriveCenterKey('강남센터 비밀문장', 'GN', 1000);
    otherKey = await deriveCenterKey('마포센터 비밀문장', 'MP', 1000);
  });
  afterAll(async () => {
    await proxy?.close();
    await app?.close();
    await tdb?.drop();
  });

  it('moves records from A to B of the same center; C of another center sees none; names travel encrypted', async () => {
    const a = await makeDevice(repo, 'GN', proxy.url, key);
    const b = await makeDevice(repo, 'GN', proxy.url, key);
    const c = await makeDevice(repo, 'MP', proxy.url, otherKey);
    const dad = rec({ role: 'father', name: '김아빠', nickname: '' });
    await a.store.putRecord('person', dad);
    await a.store.putRecord('session', rec({ note: '첫 수업, 다들 즐거워함', date: '2026-11-21' }));
    await settle(a);
    await settle(b);
    await settle(c);
    expect(b.store.dump().map((x) => x.record)).toEqual(a.store.dump().map((x) => x.record));
    expect((await b.store.getRecord('person', dad.id))?.name).toBe('김아빠');
    expect(c.store.dump()).toEqual([]);
    const stored = await serverRows(tdb, 'GN');
    const person = JSON.parse(stored.find((r) => r.id === dad.id)!.data) as Record<string, unknown>;
    expect(isCiphertext(person.name)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('김아빠');
    expect(JSON.stringify(stored)).not.toContain('즐거워함');
    for (const d of [a, b, c]) d.stop();
  });

  it('a connection cut before the request loses nothing and doubles nothing', async () => {
    const a = await makeDevice(repo, 'GD', proxy.url, key);
    for (let i = 0; i < 30; i++) await a.store.putRecord('attendance', rec({ status: 'present', n: i }));
    await a.flushed();
    proxy.mode = 'refuse';
    await expect(syncOnce(a.deps)).rejects.toMatchObject({ code: 'network' });
    expect(await a.outbox.size()).toBe(30);
    proxy.mode = 'pass';
    await settle(a);
    await expectSame(a, 'GD', 30);
    a.stop();
  });

  it('a reply dropped after the server committed: the retry is skipped, nothing doubles', async () => {
    const a = await makeDevice(repo, 'GB', proxy.url, key);
    for (let i = 0; i < 15; i++) await a.store.putRecord('attendance', rec({ status: 'late', n: i }));
    await a.flushed();
    proxy.mode = 'drop-reply';
    await expect(syncOnce(a.deps)).rejects.toMatchObject({ code: 'network' });
    proxy.mode = 'pass';
    // The server has them all although the device still queues them.
    expect((await serverRows(tdb, 'GB')).length).toBe(15);
    expect(await a.outbox.size()).toBe(15);
    await settle(a);
    await expectSame(a, 'GB', 15);
    a.stop();
  });

  it('edits and deletes after a lost reply converge; the older version stays in revisions', async () => {
    const a = await makeDevice(repo, 'NW', proxy.url, key);
    const b = await makeDevice(repo, 'NW', proxy.url, key);
    const s = rec({ note: '원래 메모', date: '2026-11-22' });
    await a.store.putRecord('session', s);
    await settle(a);
    await settle(b);
    await b.store.putRecord('session', { ...(await b.store.getRecord('session', s.id))!, note: 'B가 고침' });
    await a.store.putRecord('session', { ...(await a.store.getRecord('session', s.id))!, note: 'A가 나중에 고침' });
    await settle(b);
    await a.flushed();
    proxy.mode = 'drop-reply';
    await expect(syncOnce(a.deps)).rejects.toBeInstanceOf(SyncHttpError);
    proxy.mode = 'pass';
    await settle(a);
    await settle(b);
    expect((await b.store.getRecord('session', s.id))?.note).toBe('A가 나중에 고침');
    expect((await a.store.getRecord('session', s.id))?.note).toBe('A가 나중에 고침');
    const revs = await repo.revisions('NW', { entity: 'session', id: s.id });
    expect(revs).toHaveLength(2);
    await a.store.deleteRecord('session', s.id);
    await settle(a);
    await settle(b);
    const gone = await b.store.getRecord('session', s.id);
    expect(gone?.deletedAt).toBeTruthy();
    expect(gone?.note).toBe('');
    a.stop();
    b.stop();
  });

  it('resends everything when the server lost mutations the device already dropped', async () => {
    const a = await makeDevice(repo, 'SC', proxy.url, key);
    for (let i = 0; i < 5; i++) await a.store.putRecord('attendance', rec({ n: i }));
    await settle(a);
    // The server forgets this device's progress and rows (a restore from an older backup).
    await tdb.store.db.deleteFrom('records').where('center_id', '=', 'SC').execute();
    await tdb.store.db.updateTable('clients').set({ last_mutation_id: 2 }).where('device_id', '=', a.deps.deviceId).execute();
    await a.store.putRecord('attendance', rec({ n: 99 }));
    await a.flushed();
    const r = await syncOnce(a.deps);
    expect(r.resent).toBe(true);
    await expectSame(a, 'SC', 6);
    a.stop();
  });

  async function expectSame(a: Device, centerId: string, n: number): Promise<void> {
    expect(await a.outbox.size()).toBe(0);
    const rows = await serverRows(tdb, centerId);
    expect(rows).toHaveLength(n);
    // Nothing applied twice: a doubled put would have pushed a revision.
    const revs = await repo.revisions(centerId, {});
    expect(revs).toHaveLength(0);
    const local = a.store.dump();
    expect(local.map((x) => `${x.entity}/${x.record.id}`)).toEqual(rows.map((r) => `${r.entity}/${r.id}`));
    const fresh = await makeDevice(repo, centerId, proxy.url, key);
    await settle(fresh);
    expect(fresh.store.dump()).toEqual(local);
    fresh.stop();
  }
});
