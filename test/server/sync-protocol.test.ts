import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, SCHEMA_HEADER } from '../../src/shared/sync/protocol.ts';
import { SCHEMA_VERSION } from '../../src/server/db/migrations.ts';
import { dialects } from './dialects.ts';
import { get, mutations, pairDevice, pull, pullAll, push, syncApp, type SyncTestApp, type TestDevice } from './sync-helpers.ts';

describe.each(dialects())('sync protocol on $name', (dialect) => {
  let t: SyncTestApp;
  let a: TestDevice;
  let b: TestDevice;

  beforeAll(async () => {
    t = await syncApp(dialect);
    a = await pairDevice(t.repo, 'GN', 'A');
    b = await pairDevice(t.repo, 'GN', 'B');
  });
  afterAll(async () => t?.close());

  it('seeds the 25 districts with the participating centers marked', async () => {
    const centers = await t.repo.listCenters();
    expect(centers).toHaveLength(25);
    const part = centers.filter((c) => c.participating === 1).map((c) => c.id).sort();
    // 아빠육아달인 2023 ∪ 아자 2023: 17 distinct districts.
    expect(part).toEqual(['DB', 'DM', 'EP', 'GB', 'GC', 'GD', 'GJ', 'GN', 'GR', 'JN', 'JR', 'MP', 'NW', 'SC', 'SP', 'YD', 'YS']);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('applies a push once: the same batch twice changes nothing', async () => {
    const batch = mutations(a, [{ id: 'att1' }, { id: 'att2' }, { id: 'att3' }]);
    const r1 = await push(t.app, a, batch);
    expect(r1.statusCode, r1.body).toBe(200);
    expect(r1.json()).toMatchObject({ lastMutationId: 3, applied: 3, skipped: 0 });
    const r2 = await push(t.app, a, batch);
    expect(r2.json()).toMatchObject({ lastMutationId: 3, applied: 0, skipped: 3 });
    const { rows } = await pullAll(t.app, a.token);
    expect(rows.map((r) => r.id).sort()).toEqual(['att1', 'att2', 'att3']);
    expect(new Set(rows.map((r) => r.version)).size).toBe(3);
  });

  it('skips the seen part of an overlapping retry and applies the rest', async () => {
    a.next = 3;
    const batch = mutations(a, [{ id: 'att3', extra: { status: 'late' } }, { id: 'att4' }]);
    const res = await push(t.app, a, batch);
    expect(res.json()).toMatchObject({ lastMutationId: 4, applied: 1, skipped: 1 });
    const { rows } = await pullAll(t.app, a.token);
    expect(rows.find((r) => r.id === 'att3')?.record.status).toBeUndefined();
  });

  it('refuses a gap with 409 and the expected id, applying nothing', async () => {
    a.next = 6;
    const res = await push(t.app, a, mutations(a, [{ id: 'gap6' }, { id: 'gap7' }]));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'mutation_gap', expected: 5 });
    const { rows } = await pullAll(t.app, a.token);
    expect(rows.some((r) => r.id.startsWith('gap'))).toBe(false);
  });

  it('applies a batch sent out of order inside itself in id order', async () => {
    a.next = 5;
    const batch = mutations(a, [{ id: 'o5' }, { id: 'o6' }, { id: 'o7' }]).reverse();
    const res = await push(t.app, a, batch);
    expect(res.json()).toMatchObject({ lastMutationId: 7, applied: 3 });
    const { rows } = await pullAll(t.app, a.token);
    const v = (id: string): number => rows.find((r) => r.id === id)?.version ?? -1;
    expect(v('o5')).toBeLessThan(v('o6'));
    expect(v('o6')).toBeLessThan(v('o7'));
  });

  it('refuses a later batch arriving before an earlier one, then accepts both in order', async () => {
    const first = mutations(b, [{ id: 'b1' }, { id: 'b2' }]);
    const second = mutations(b, [{ id: 'b3' }]);
    expect((await push(t.app, b, second)).statusCode).toBe(409);
    expect((await push(t.app, b, first)).json()).toMatchObject({ lastMutationId: 2 });
    expect((await push(t.app, b, second)).json()).toMatchObject({ lastMutationId: 3 });
  });

  it('pulls in pages after a cursor until a short page, in version order, tombstones included', async () => {
    const del = mutations(a, [{ id: 'att1', name: 'delete', extra: { deletedAt: '2026-11-21T00:00:00.000Z' } }]);
    expect((await push(t.app, a, del)).statusCode).toBe(200);
    const page1 = (await pull(t.app, b.token, 0, 4)).json() as { rows: Array<{ version: number; id: string; deleted: boolean }>; cursor: number; lastMutationId: number };
    expect(page1.rows).toHaveLength(4);
    expect(page1.lastMutationId).toBe(3);
    const page2 = (await pull(t.app, b.token, page1.cursor, 100)).json() as typeof page1;
    const all = [...page1.rows, ...page2.rows];
    expect(all.map((r) => r.version)).toEqual([...all.map((r) => r.version)].sort((x, y) => x - y));
    expect(all.find((r) => r.id === 'att1')?.deleted).toBe(true);
    // The row moved to the end when it was deleted: one row per record, at its latest version.
    expect(all.filter((r) => r.id === 'att1')).toHaveLength(1);
    const empty = (await pull(t.app, b.token, page2.cursor, 100)).json() as typeof page1;
    expect(empty.rows).toEqual([]);
    expect(empty.cursor).toBe(page2.cursor);
  });

  it("leaves a device's own rows out when asked, yet moves its cursor past them", async () => {
    const own = (await pull(t.app, a.token, 0, 1000)).json() as { rows: Array<{ id: string }>; cursor: number };
    const res = await t.app.inject({ method: 'POST', url: '/api/sync/pull', headers: { authorization: `Bearer ${a.token}` }, payload: { schemaVersion: PROTOCOL_VERSION, cursor: 0, limit: 1000, excludeOwn: true } });
    const body = res.json() as { rows: Array<{ id: string }>; cursor: number; more: boolean };
    expect(body.rows.map((r) => r.id).sort()).toEqual(['b1', 'b2', 'b3']);
    expect(body.cursor).toBe(own.cursor);
    expect(body.more).toBe(false);
  });

  it('keeps the later write by server order and the earlier one in the revisions; restore brings it back', async () => {
    await push(t.app, a, mutations(a, [{ entity: 'session', id: 'ses1', extra: { theme: 'from-A' } }]));
    await push(t.app, b, mutations(b, [{ entity: 'session', id: 'ses1', extra: { theme: 'from-B' } }]));
    const { rows } = await pullAll(t.app, a.token);
    expect(rows.find((r) => r.id === 'ses1')?.record.theme).toBe('from-B');
    const revs = (await get(t.app, '/api/center/revisions?entity=session&id=ses1', a.token)).json() as { revisions: Array<{ revId: number; record: { theme: string } }> };
    expect(revs.revisions.map((r) => r.record.theme)).toEqual(['from-A']);
    const res = await t.app.inject({ method: 'POST', url: `/api/center/revisions/${revs.revisions[0]!.revId}/restore`, headers: { authorization: `Bearer ${a.token}` }, payload: { schemaVersion: PROTOCOL_VERSION } });
    expect(res.statusCode, res.body).toBe(200);
    const after = await pullAll(t.app, b.token);
    expect(after.rows.find((r) => r.id === 'ses1')?.record.theme).toBe('from-A');
    const revs2 = (await get(t.app, '/api/center/revisions?entity=session&id=ses1', a.token)).json() as typeof revs;
    expect(revs2.revisions.map((r) => r.record.theme).sort()).toEqual(['from-A', 'from-B']);
  });

  it('refuses a revoked token with 401', async () => {
    const c = await pairDevice(t.repo, 'GN', 'lost tablet');
    expect((await push(t.app, c, mutations(c, [{ id: 'r1' }]))).statusCode).toBe(200);
    expect(await t.repo.revoke(c.deviceId)).toBe(true);
    const res = await push(t.app, c, mutations(c, [{ id: 'r2' }]));
    expect(res.statusCode).toBe(401);
    expect((await pull(t.app, c.token)).statusCode).toBe(401);
  });

  it('answers an old schema version with 426 before anything else', async () => {
    const res = await push(t.app, a, mutations(a, [{ id: 'old' }]), PROTOCOL_VERSION - 1);
    expect(res.statusCode).toBe(426);
    expect(res.json()).toMatchObject({ error: 'upgrade_required' });
    a.next--;
    const g = await t.app.inject({ method: 'GET', url: '/api/sync/me', headers: { authorization: `Bearer ${a.token}` } });
    expect(g.statusCode).toBe(426);
    const ok = await t.app.inject({ method: 'GET', url: '/api/sync/me', headers: { authorization: `Bearer ${a.token}`, [SCHEMA_HEADER]: String(PROTOCOL_VERSION) } });
    expect(ok.json()).toMatchObject({ deviceId: a.deviceId, role: 'device', center: { id: 'GN' } });
  });

  it('pairs through the route once per code', async () => {
    const { code } = await t.repo.issuePairingCode('MP');
    const body = { schemaVersion: PROTOCOL_VERSION, code: code.toLowerCase(), label: '강사 태블릿' };
    const r1 = await t.app.inject({ method: 'POST', url: '/api/sync/pair', payload: body });
    expect(r1.statusCode, r1.body).toBe(200);
    expect(r1.json()).toMatchObject({ center: { id: 'MP', nameKo: '마포구가족센터' } });
    expect(r1.json().token).toMatch(/^appa_[A-Za-z0-9_-]{43}$/);
    const r2 = await t.app.inject({ method: 'POST', url: '/api/sync/pair', payload: body });
    expect(r2.statusCode).toBe(403);
    expect(r2.json()).toMatchObject({ error: 'pairing_code_invalid' });
    const stored = await t.tdb.store.db.selectFrom('devices').select('token_hash').where('id', '=', r1.json().deviceId).executeTakeFirstOrThrow();
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toContain(r1.json().token);
  });

  it('refuses an expired pairing code', async () => {
    const { code } = await t.repo.issuePairingCode('MP', 1, new Date(Date.now() - 2 * 60_000));
    await expect(t.repo.pair(code, 'late')).rejects.toMatchObject({ code: 'pairing_code_invalid' });
  });

  it('sets the center key check once; later devices read the first', async () => {
    const put = (token: string, keyCheck: string) => t.app.inject({ method: 'PUT', url: '/api/sync/key-check', headers: { authorization: `Bearer ${token}` }, payload: { schemaVersion: PROTOCOL_VERSION, keyCheck } });
    expect((await put(a.token, 'enc:v1:first-check')).json()).toEqual({ keyCheck: 'enc:v1:first-check' });
    expect((await put(b.token, 'enc:v1:second-check')).json()).toEqual({ keyCheck: 'enc:v1:first-check' });
  });
});
