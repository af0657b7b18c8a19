import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, SCHEMA_HEADER } from '../../src/shared/sync/protocol.ts';
import { dialects } from './dialects.ts';
import { mutations, pairDevice, pullAll, push, syncApp, type SyncTestApp, type TestDevice } from './sync-helpers.ts';

interface Route {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  body?: Record<string, unknown>;
  who: 'device' | 'hub' | 'any';
}

describe.each(dialects())('center isolation on $name', (dialect) => {
  let t: SyncTestApp;
  let a: TestDevice;
  let a2: TestDevice;
  let b: TestDevice;
  let revoked: TestDevice;
  let hub: { token: string; deviceId: string };
  let aRevId: number;
  let routes: Route[];
  const SECRET_ID = 'A0SECRETRECORD00000000000X';

  beforeAll(async () => {
    t = await syncApp(dialect);
    a = await pairDevice(t.repo, 'GN', 'A');
    a2 = await pairDevice(t.repo, 'GN', 'A2');
    b = await pairDevice(t.repo, 'MP', 'B');
    revoked = await pairDevice(t.repo, 'GN', 'revoked');
    hub = await t.repo.createHubToken('hub');
    await push(t.app, a, mutations(a, [{ entity: 'session', id: SECRET_ID, extra: { note: 'enc:v1:AAAA:BBBB', theme: 'A-only' } }]));
    await push(t.app, a2, mutations(a2, [{ entity: 'session', id: SECRET_ID, extra: { theme: 'A-edit' } }]));
    aRevId = (await t.repo.revisions('GN', {}))[0]!.revId;
    await t.repo.revoke(revoked.deviceId);
    const pushBody = (d: TestDevice) => ({ deviceId: d.deviceId, mutations: [{ id: 1, name: 'put', entity: 'session', recordId: SECRET_ID, record: { id: SECRET_ID, centerId: 'GN', theme: 'overwritten' } }] });
    routes = [
      { method: 'GET', url: '/api/sync/me', who: 'any' },
      { method: 'PUT', url: '/api/sync/key-check', body: { keyCheck: 'enc:v1:stolen-check' }, who: 'device' },
      { method: 'POST', url: '/api/sync/push', body: pushBody(b), who: 'device' },
      { method: 'POST', url: '/api/sync/pull', body: { cursor: 0 }, who: 'device' },
      { method: 'GET', url: '/api/center/devices', who: 'device' },
      { method: 'POST', url: `/api/center/devices/${a.deviceId}/revoke`, body: {}, who: 'device' },
      { method: 'GET', url: `/api/center/revisions?entity=session&id=${SECRET_ID}`, who: 'device' },
      { method: 'POST', url: `/api/center/revisions/${aRevId}/restore`, body: {}, who: 'device' },
      { method: 'GET', url: '/api/hub/centers', who: 'hub' },
      { method: 'POST', url: '/api/hub/pull', body: { cursor: 0 }, who: 'hub' },
      { method: 'POST', url: '/api/hub/pairing-codes', body: { centerId: 'GN' }, who: 'hub' },
    ];
  });
  afterAll(async () => t?.close());

  const send = (r: Route, token: string | null) =>
    t.app.inject({
      method: r.method,
      url: r.url,
      headers: { [SCHEMA_HEADER]: String(PROTOCOL_VERSION), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(r.body ? { payload: { schemaVersion: PROTOCOL_VERSION, ...r.body } } : {}),
    });

  it('lists every sync route it checks (a new route must be added here)', () => {
    const registered = t.app.printRoutes({ commonPrefix: false });
    for (const seg of ['sync/me', 'sync/push', 'sync/pull', 'sync/key-check', 'sync/pair', 'center/devices', 'center/revisions', 'hub/centers', 'hub/pull', 'hub/pairing-codes']) expect(registered).toContain(seg.split('/')[1]);
    expect(routes).toHaveLength(11);
  });

  it('refuses every route without a token, with a made-up one and with a revoked one (401)', async () => {
    for (const r of routes) {
      for (const token of [null, 'appa_not-a-real-token-at-all-000000000000000', revoked.token, `${a.token}x`]) {
        const res = await send(r, token);
        expect(res.statusCode, `${r.method} ${r.url} with ${token?.slice(0, 10)}`).toBe(401);
        expect(res.body).not.toContain(SECRET_ID);
      }
    }
  });

  it('refuses hub routes to center devices and center routes to the hub (403)', async () => {
    for (const r of routes.filter((x) => x.who !== 'any')) {
      const tokens = r.who === 'hub' ? [a.token, b.token] : [hub.token];
      for (const token of tokens) {
        const res = await send(r, token);
        expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
        expect(res.body).not.toContain(SECRET_ID);
      }
    }
  });

  it("never shows center A's records, devices or revisions to center B, and never changes them", async () => {
    const before = await t.tdb.store.db.selectFrom('records').selectAll().where('center_id', '=', 'GN').execute();
    const devicesBefore = await t.repo.listDevices('GN');
    for (const r of routes.filter((x) => x.who !== 'hub')) {
      const res = await send(r, b.token);
      expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBeLessThan(500);
      expect(res.body, `${r.method} ${r.url}`).not.toContain('A-only');
      expect(res.body, `${r.method} ${r.url}`).not.toContain('A-edit');
      expect(res.body).not.toContain(a.deviceId);
    }
    // Revoking A's tablet or restoring A's revision from B finds nothing to act on.
    expect((await send(routes[5]!, b.token)).statusCode).toBe(404);
    expect((await send(routes[7]!, b.token)).statusCode).toBe(404);
    expect(await t.tdb.store.db.selectFrom('records').selectAll().where('center_id', '=', 'GN').execute()).toEqual(before);
    expect(await t.repo.listDevices('GN')).toEqual(devicesBefore);
    // B's push with A's record id landed in B's own partition.
    const bRows = await pullAll(t.app, b.token);
    expect(bRows.rows.map((r) => r.record.theme)).toEqual(['overwritten']);
    const aRows = await pullAll(t.app, a.token);
    expect(aRows.rows.map((r) => r.record.theme)).toEqual(['A-edit']);
    const me = (await send(routes[0]!, b.token)).json() as { center: { id: string } };
    expect(me.center.id).toBe('MP');
  });

  it('gives the hub every center but no ciphertext', async () => {
    const res = await send(routes[9]!, hub.token);
    expect(res.statusCode).toBe(200);
    const rows = (res.json() as { rows: Array<{ centerId: string; record: Record<string, unknown> }> }).rows;
    expect(rows.map((r) => r.centerId).sort()).toEqual(['GN', 'MP']);
    expect(res.body).not.toContain('enc:');
    const centers = (await send(routes[8]!, hub.token)).json() as { centers: Array<{ id: string; devices: number }> };
    expect(centers.centers).toHaveLength(25);
    expect(centers.centers.find((c) => c.id === 'GN')?.devices).toBe(2);
  });
});

describe.each(dialects())('hostile bodies on $name', (dialect) => {
  let t: SyncTestApp;
  let a: TestDevice;
  beforeAll(async () => {
    t = await syncApp(dialect, { bodyLimit: 256 * 1024 });
    a = await pairDevice(t.repo, 'GN');
  });
  afterAll(async () => t?.close());

  const raw = (url: string, payload: string, type = 'application/json') => t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${a.token}`, 'content-type': type }, payload });
  const good = (over: Record<string, unknown>) => JSON.stringify({ schemaVersion: PROTOCOL_VERSION, deviceId: a.deviceId, mutations: [], ...over });
  const m = (over: Record<string, unknown> = {}, rec: Record<string, unknown> = {}) => ({ id: 1, name: 'put', entity: 'session', recordId: 'X1', record: { id: 'X1', ...rec }, ...over });

  it('answers each with a 4xx and stays up', async () => {
    const cases: Array<[string, string, string?]> = [
      ['/api/sync/push', '{"schemaVersion":1,"deviceId":'],
      ['/api/sync/push', 'not json at all'],
      ['/api/sync/push', '[]'],
      ['/api/sync/push', 'null'],
      ['/api/sync/push', good({ mutations: 'all of them' })],
      ['/api/sync/push', good({ mutations: [m({ id: -1 })] })],
      ['/api/sync/push', good({ mutations: [m({ id: 1.5 })] })],
      ['/api/sync/push', good({ mutations: [m({ name: 'dropTable' })] })],
      ['/api/sync/push', good({ mutations: [m({ entity: "session'; DROP TABLE records;--" })] })],
      ['/api/sync/push', good({ mutations: [m({ recordId: '../../etc/passwd' })] })],
      ['/api/sync/push', good({ mutations: [m({}, { id: 'OTHER' })] })],
      ['/api/sync/push', good({ mutations: [m({}, { blob: 'x'.repeat(20_000) })] })],
      ['/api/sync/push', good({ mutations: Array.from({ length: 501 }, (_, i) => m({ id: i + 1 })) })],
      ['/api/sync/push', good({ extra: true })],
      ['/api/sync/push', good({ deviceId: 'dev_someone_else' })],
      ['/api/sync/push', `{"schemaVersion":1,"deviceId":"${a.deviceId}","mutations":[${'['.repeat(5000)}${']'.repeat(5000)}]}`],
      ['/api/sync/push', JSON.stringify({ schemaVersion: 1, deviceId: a.deviceId, mutations: [{ ...m(), record: JSON.parse('{"id":"X1","__proto__":{"polluted":true}}') }] }).replace('"mutations"', '"mutations"')],
      ['/api/sync/push', good({ mutations: [m()] }), 'text/plain'],
      ['/api/sync/push', 'x'.repeat(300 * 1024)],
      ['/api/sync/pull', JSON.stringify({ schemaVersion: 1, cursor: -5 })],
      ['/api/sync/pull', JSON.stringify({ schemaVersion: 1, cursor: '0' })],
      ['/api/sync/pull', JSON.stringify({ schemaVersion: 1, cursor: 0, limit: 1_000_000 })],
      ['/api/sync/pair', JSON.stringify({ schemaVersion: 1, code: { $ne: null }, label: 'x' })],
      ['/api/sync/pair', JSON.stringify({ schemaVersion: 1, code: 'ABCD-EFGH', label: 'x'.repeat(500) })],
    ];
    for (const [url, payload, type] of cases) {
      const res = await raw(url, payload, type);
      expect(res.statusCode, `${url} ${payload.slice(0, 80)} → ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${url} ${payload.slice(0, 80)}`).toBeLessThan(500);
      expect(typeof (res.json() as { error?: unknown }).error).toBe('string');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    const rows = await t.tdb.store.db.selectFrom('records').selectAll().execute();
    expect(rows).toEqual([]);
    expect((await push(t.app, a, mutations(a, [{ id: 'fine' }]))).statusCode).toBe(200);
  });
});
