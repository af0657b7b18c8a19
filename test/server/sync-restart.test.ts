import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, migrate, type Db } from '../../src/server/db/connect.ts';
import { createSyncRepo, type SyncRepo } from '../../src/server/sync/repo.ts';
import { memoryKv } from '../../src/records/kv.ts';
import { Outbox } from '../../src/sync/outbox.ts';
import { followLocalChanges } from '../../src/sync/follow.ts';
import { syncOnce, type EngineDeps } from '../../src/sync/engine.ts';
import { SyncHttpError } from '../../src/sync/api.ts';
import { deriveCenterKey } from '../../src/sync/crypto.ts';
import { dialects, type TestDb } from './dialects.ts';
import { fakeStore } from './fake-store.ts';
import { startProxy, type Proxy } from './tcp-proxy.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** The real `npm run serve` process, so a kill is a real crash mid-transaction. */
async function startServerProcess(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', APPA_STATIC_DIR: '/nonexistent', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return child;
    if (child.exitCode !== null) throw new Error('server process exited');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server process did not start');
}

describe.each(dialects())('a server restart in the middle of a batch on $name', (dialect) => {
  let dir: string;
  let env: Record<string, string>;
  let db: Db;
  let tdb: TestDb | undefined;
  let repo: SyncRepo;
  let port: number;
  let child: ChildProcess | undefined;
  let proxy: Proxy;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'appa-restart-'));
    if (dialect.name === 'sqlite') {
      const file = join(dir, 'appa.sqlite');
      env = { APPA_DB_PATH: file, DATABASE_URL: '' };
      db = connect({ sqlitePath: file });
      await migrate(db.db);
    } else {
      tdb = await dialect.create();
      env = { DATABASE_URL: tdb.url as string };
      db = tdb.store;
    }
    repo = createSyncRepo(db.db, db.dialect);
    port = await freePort();
    child = await startServerProcess(env, port);
    proxy = await startProxy(port);
  }, 60_000);
  afterAll(async () => {
    child?.kill('SIGKILL');
    await proxy?.close();
    if (tdb) await tdb.drop();
    else await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses and doubles nothing when the server is killed during a push and started again', async () => {
    const key = await deriveCenterKey('passphrase for the restart test', 'YD', 1000);
    const mk = async () => {
      const { code } = await repo.issuePairingCode('YD');
      const p = await repo.pair(code, 'tablet');
      const store = fakeStore({ person: ['name'] });
      const outbox = new Outbox(memoryKv(), `o-${p.deviceId}`);
      const f = followLocalChanges(store, outbox, (e) => {
        throw e;
      });
      const deps: EngineDeps = { api: { fetch, baseUrl: proxy.url, token: p.token }, deviceId: p.deviceId, key, outbox, state: memoryKv(), store, entities: ['person', 'attendance'], personal: { person: ['name'] }, pushBatch: 25 };
      return { store, outbox, deps, f };
    };
    const a = await mk();
    for (let i = 0; i < 200; i++) {
      const t = '2026-11-20T10:00:00.000Z';
      await a.store.putRecord(i % 4 ? 'attendance' : 'person', { id: `K${String(i).padStart(25, '0')}`, centerId: null, createdAt: t, updatedAt: t, deletedAt: null, name: `아빠 ${i}` });
    }
    await a.f.flushed();

    let pushes = 0;
    let killed: Promise<void> | null = null;
    proxy.onRequest = (head) => {
      if (!head.startsWith('POST /api/sync/push')) return;
      if (++pushes === 4 && child) {
        const c = child;
        // The 4th batch has reached the server: crash it while it handles the request.
        killed = new Promise((resolve) => {
          c.once('exit', () => resolve());
          setTimeout(() => c.kill('SIGKILL'), 2);
        });
      }
    };
    const err = await syncOnce(a.deps).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(SyncHttpError);
    expect((err as SyncHttpError).transient).toBe(true);
    proxy.onRequest = undefined;
    await killed;
    const left = await a.outbox.size();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(200);

    child = await startServerProcess(env, port);
    for (let i = 0; i < 5 && (await a.outbox.size()) > 0; i++) await syncOnce(a.deps);
    expect(await a.outbox.size()).toBe(0);

    const rows = await db.db.selectFrom('records').select(['entity', 'id']).where('center_id', '=', 'YD').execute();
    expect(rows).toHaveLength(200);
    expect(await repo.revisions('YD', {})).toHaveLength(0);
    const b = await mk();
    await syncOnce(b.deps);
    expect(b.store.dump()).toEqual(a.store.dump());
    a.f.stop();
    b.f.stop();
  }, 60_000);
});
