import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { connect, migrate, type Db } from '../../src/server/db/connect.ts';
import { createSyncRepo, type SyncRepo } from '../../src/server/sync/repo.ts';
import { memoryKv } from '../../src/records/kv.ts';
import { Outbox } from '../../src/sync/outbox.ts';
import { syncOnce, type EngineDeps } from '../../src/sync/engine.ts';
import { deriveCenterKey } from '../../src/sync/crypto.ts';
import { PROTOCOL_VERSION, type Mutation } from '../../src/shared/sync/protocol.ts';
import { dialects } from '../server/dialects.ts';
import { fakeStore } from '../server/fake-store.ts';
import { summarize, type BenchResult } from './bench.ts';

/**
 * Sync benchmarks over loopback HTTP against the real server:
 *  - 10,000 mutations pushed by one device and pulled by another (SQLite), target ≤ 3 s;
 *  - server ingest in mutations per second (pre-built batches of 500), target ≥ 5,000;
 *  - 25 devices syncing at once for APPA_BENCH_SYNC_SECONDS (default 60) on SQLite and PostgreSQL:
 *    errors (target 0) and p99 request latency.
 */
const PERSONAL = { person: ['name', 'nickname'], session: ['note'] } as const;
const ENTITIES = ['person', 'session', 'attendance'];
const SECONDS = Number(process.env.APPA_BENCH_SYNC_SECONDS ?? 60);

interface Server {
  app: FastifyInstance;
  url: string;
  store: Db;
  repo: SyncRepo;
  close(): Promise<void>;
}

async function serve(store: Db, drop: () => Promise<void>): Promise<Server> {
  const schemaVersion = await migrate(store.db);
  const app = await buildApp({ store, schemaVersion, rateLimitPerMinute: 10_000_000, bodyLimit: 4 * 1024 * 1024 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  return {
    app,
    store,
    url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`,
    repo: createSyncRepo(store.db, store.dialect),
    async close() {
      await app.close();
      await drop();
    },
  };
}

async function sqliteServer(): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'appa-bench-sync-'));
  const store = connect({ sqlitePath: join(dir, 'bench.sqlite') });
  return serve(store, async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

async function device(s: Server, centerId: string, key: CryptoKey) {
  const { code } = await s.repo.issuePairingCode(centerId);
  const p = await s.repo.pair(code, 'bench');
  const store = fakeStore(PERSONAL);
  const outbox = new Outbox(memoryKv(), `bench-${p.deviceId}`);
  const deps: EngineDeps = { api: { fetch, baseUrl: s.url, token: p.token }, deviceId: p.deviceId, key, outbox, state: memoryKv(), store, entities: ENTITIES, personal: PERSONAL };
  return { deps, store, outbox, deviceId: p.deviceId, token: p.token };
}

let n = 0;
function record(i: number): { entity: string; record: { id: string; centerId: null; createdAt: string; updatedAt: string; deletedAt: null } & Record<string, unknown> } {
  const t = '2026-11-20T10:00:00.000Z';
  const id = `B${String(++n).padStart(25, '0')}`;
  const base = { id, centerId: null, createdAt: t, updatedAt: t, deletedAt: null };
  if (i % 5 === 0) return { entity: 'person', record: { ...base, role: 'father', name: `아빠 ${i}`, nickname: '', familyId: id, ageBand: null } };
  return { entity: 'attendance', record: { ...base, sessionId: id, personId: id, familyId: id, status: 'present' } };
}

async function tenThousand(key: CryptoKey): Promise<number[]> {
  const samples: number[] = [];
  // Run 0 warms the JIT and is not counted: a server answers thousands of pushes a day, not one.
  for (let run = 0; run < 4; run++) {
    const s = await sqliteServer();
    const a = await device(s, 'GN', key);
    const b = await device(s, 'GN', key);
    for (let i = 0; i < 10_000; i++) {
      const r = record(i);
      await a.outbox.enqueue({ name: 'put', entity: r.entity, record: r.record });
    }
    const t0 = performance.now();
    await syncOnce(a.deps);
    await syncOnce(b.deps);
    const ms = performance.now() - t0;
    if ((await a.outbox.size()) !== 0 || b.store.dump().length !== 10_000) throw new Error('10k: not all records arrived');
    if (run > 0) samples.push(ms);
    await s.close();
  }
  return samples;
}

async function ingest(): Promise<number[]> {
  const s = await sqliteServer();
  const d = await device(s, 'GN', await deriveCenterKey('x', 'GN', 1000));
  const samples: number[] = [];
  let next = 1;
  for (let run = 0; run < 6; run++) {
    const bodies: string[] = [];
    for (let b = 0; b < 10; b++) {
      const mutations: Mutation[] = [];
      for (let i = 0; i < 500; i++) {
        const r = record(i + 1);
        mutations.push({ id: next++, name: 'put', entity: r.entity, recordId: r.record.id, record: r.record });
      }
      bodies.push(JSON.stringify({ schemaVersion: PROTOCOL_VERSION, deviceId: d.deviceId, mutations }));
    }
    const t0 = performance.now();
    for (const body of bodies) {
      const res = await fetch(`${s.url}/api/sync/push`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${d.token}` }, body });
      if (res.status !== 200) throw new Error(`ingest: ${res.status} ${await res.text()}`);
    }
    // Run 0 warms the JIT and is not counted.
    if (run > 0) samples.push(5000 / ((performance.now() - t0) / 1000));
  }
  await s.close();
  return samples;
}

/** 25 devices, each looping: record a few changes, push, pull; every request's latency is kept. */
async function crowd(s: Server, key: CryptoKey): Promise<{ latencies: number[]; errors: number; passes: number }> {
  const centers = ['GN', 'GD', 'GB', 'GJ', 'NW'];
  const devices = await Promise.all(Array.from({ length: 25 }, (_, i) => device(s, centers[i % 5]!, key)));
  const latencies: number[] = [];
  let errors = 0;
  let passes = 0;
  const timedFetch: typeof fetch = async (...args) => {
    const t0 = performance.now();
    try {
      return await fetch(...args);
    } finally {
      latencies.push(performance.now() - t0);
    }
  };
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    devices.map(async (d) => {
      d.deps.api.fetch = timedFetch;
      // Bounded: at most one pass per 50 ms per device, and never past the deadline.
      for (let i = 0; performance.now() < until && i < 100_000; i++) {
        for (let k = 0; k < 5; k++) {
          const r = record(k);
          await d.store.putRecord(r.entity, r.record);
          await d.outbox.enqueue({ name: 'put', entity: r.entity, record: r.record });
        }
        try {
          await syncOnce(d.deps);
          passes++;
        } catch (err) {
          errors++;
          console.error('crowd error', err);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    }),
  );
  return { latencies, errors, passes };
}

export async function run(): Promise<BenchResult[]> {
  const key = await deriveCenterKey('bench passphrase', 'GN', 1000);
  const out: BenchResult[] = [];

  const tk = await tenThousand(key);
  out.push(summarize('sync-10k-push-pull-sqlite', 'ms', tk, { target: 3000, note: '10,000 mutations pushed by one device (batches of 500, personal fields encrypted) and pulled by another (pages of 500), loopback HTTP, SQLite file' }));

  const ing = await ingest();
  out.push(summarize('sync-server-ingest-sqlite', 'mutations/s', ing, { target: 5000, note: '5,000 mutations a run in 10 pushes of 500 over loopback HTTP, SQLite file (WAL)' }));

  for (const dialect of dialects()) {
    const tdb = await dialect.create();
    const s = await serve(tdb.store, () => tdb.drop());
    const r = await crowd(s, key);
    await s.close();
    const sorted = [...r.latencies].sort((a, b) => a - b);
    const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
    const res = summarize(`sync-25-devices-${dialect.name}`, 'ms per request', r.latencies, {
      note: `25 devices × ${SECONDS} s at once, each pass = 5 new records + push + pull; ${r.passes} passes, ${r.latencies.length} requests, errors ${r.errors} (target 0), p99 ${Math.round(p99 * 10) / 10} ms`,
    });
    // Thousands of samples: the summary keeps median, p95, min/max and the p99 in the note.
    delete res.samples;
    out.push(res);
    if (r.errors > 0) throw new Error(`${r.errors} errors with 25 devices on ${dialect.name}`);
  }
  return out;
}
