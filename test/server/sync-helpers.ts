import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { createSyncRepo, type SyncRepo } from '../../src/server/sync/repo.ts';
import { PROTOCOL_VERSION, SCHEMA_HEADER, type Mutation, type SyncRecord } from '../../src/shared/sync/protocol.ts';
import type { Dialect, TestDb } from './dialects.ts';

export interface SyncTestApp {
  tdb: TestDb;
  app: FastifyInstance;
  repo: SyncRepo;
  close(): Promise<void>;
}

export async function syncApp(dialect: Dialect, opts: { bodyLimit?: number } = {}): Promise<SyncTestApp> {
  const tdb = await dialect.create();
  const app = await buildApp({ store: tdb.store, schemaVersion: tdb.schemaVersion, rateLimitPerMinute: 1_000_000, bodyLimit: opts.bodyLimit ?? 1024 * 1024 });
  const repo = createSyncRepo(tdb.store.db, tdb.store.dialect);
  return {
    tdb,
    app,
    repo,
    async close() {
      await app.close();
      await tdb.drop();
    },
  };
}

export interface TestDevice {
  deviceId: string;
  token: string;
  centerId: string;
  next: number;
}

export async function pairDevice(repo: SyncRepo, centerId: string, label = 'tablet'): Promise<TestDevice> {
  const { code } = await repo.issuePairingCode(centerId);
  const r = await repo.pair(code, label);
  return { deviceId: r.deviceId, token: r.token, centerId, next: 1 };
}

export function record(id: string, centerId: string | null, extra: Record<string, unknown> = {}): SyncRecord {
  const t = '2026-11-20T10:00:00.000Z';
  return { id, centerId, createdAt: t, updatedAt: t, deletedAt: null, ...extra };
}

/** Mutations with consecutive ids from the device's counter (the device's outbox, in short). */
export function mutations(d: TestDevice, items: Array<{ entity?: string; id: string; extra?: Record<string, unknown>; name?: 'put' | 'delete' }>): Mutation[] {
  return items.map((x) => ({ id: d.next++, name: x.name ?? 'put', entity: x.entity ?? 'attendance', recordId: x.id, record: record(x.id, d.centerId, x.extra) }));
}

export function push(app: FastifyInstance, d: Pick<TestDevice, 'token' | 'deviceId'>, muts: Mutation[], schemaVersion = PROTOCOL_VERSION): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/api/sync/push', headers: { authorization: `Bearer ${d.token}` }, payload: { schemaVersion, deviceId: d.deviceId, mutations: muts } });
}

export function pull(app: FastifyInstance, token: string, cursor = 0, limit?: number, url = '/api/sync/pull'): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload: { schemaVersion: PROTOCOL_VERSION, cursor, ...(limit ? { limit } : {}) } });
}

export function get(app: FastifyInstance, url: string, token?: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url, headers: { [SCHEMA_HEADER]: String(PROTOCOL_VERSION), ...(token ? { authorization: `Bearer ${token}` } : {}) } });
}

/** Every row a center device can pull, following pages until a short one. */
export async function pullAll(app: FastifyInstance, token: string, limit = 50, url = '/api/sync/pull') {
  const rows: Array<{ entity: string; id: string; version: number; deleted: boolean; record: SyncRecord; centerId?: string }> = [];
  let cursor = 0;
  for (;;) {
    const res = await pull(app, token, cursor, limit, url);
    if (res.statusCode !== 200) throw new Error(`pull ${res.statusCode}: ${res.body}`);
    const body = res.json() as { rows: typeof rows; cursor: number; more: boolean };
    rows.push(...body.rows);
    cursor = body.cursor;
    if (!body.more) return { rows, cursor };
  }
}
