import { describe, expect, it, vi } from 'vitest';
import { BACKOFF_MAX_MS, BACKOFF_MIN_MS, backoffDelay, schedule } from '../../src/sync/backoff.ts';
import { decryptRecord, deriveCenterKey, encryptRecord, isCiphertext, keyMatches, makeKeyCheck, DecryptError } from '../../src/sync/crypto.ts';
import { Outbox } from '../../src/sync/outbox.ts';
import { call, SyncHttpError } from '../../src/sync/api.ts';
import { memoryKv } from '../../src/records/kv.ts';
import { hubCsv, hubReport } from '../../src/sync/hub-data.ts';
import type { HubCenter } from '../../src/shared/sync/protocol.ts';

describe('backoff', () => {
  it('doubles from 2 s to a 5 min cap, each wait between half and all of its step', () => {
    expect(backoffDelay(1, () => 0)).toBe(BACKOFF_MIN_MS / 2);
    expect(backoffDelay(1, () => 1)).toBe(BACKOFF_MIN_MS);
    expect(backoffDelay(3, () => 1)).toBe(8_000);
    expect(backoffDelay(30, () => 1)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(30, () => 0)).toBe(BACKOFF_MAX_MS / 2);
  });

  it('retries a transient failure after the backoff, resets after a success, and stops on a permanent one', async () => {
    vi.useFakeTimers();
    try {
      const results: Array<'ok' | 'retry' | 'stop'> = ['retry', 'retry', 'ok', 'stop'];
      let calls = 0;
      const s = schedule(async () => results[calls++] ?? 'stop', { rand: () => 1 });
      s.now();
      await vi.advanceTimersByTimeAsync(0);
      expect(calls).toBe(1);
      expect(s.failures).toBe(1);
      await vi.advanceTimersByTimeAsync(1_999);
      expect(calls).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toBe(2);
      expect(s.failures).toBe(2);
      await vi.advanceTimersByTimeAsync(4_000);
      expect(calls).toBe(3);
      expect(s.failures).toBe(0);
      s.now();
      await vi.advanceTimersByTimeAsync(0);
      expect(calls).toBe(4);
      await vi.advanceTimersByTimeAsync(600_000);
      expect(calls).toBe(4);
      s.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('folds triggers during a pass into one follow-up pass', async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const s = schedule(async () => {
      calls++;
      if (calls === 1) await new Promise<void>((r) => (release = r));
      return 'ok';
    });
    s.now();
    s.now();
    s.now();
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toBe(2);
    s.stop();
  });
});

describe('personal-field encryption', () => {
  it('encrypts only the personal fields, binds them to their record and field, and decrypts with the same passphrase', async () => {
    const key = await deriveCenterKey('센터 암호문 2026', 'GN', 1000);
    const rec = { id: 'P1', role: 'father', name: '김아빠', nickname: '', familyId: 'F1' };
    const enc = await encryptRecord(key, 'person', rec, ['name', 'nickname']);
    expect(isCiphertext(enc.name)).toBe(true);
    expect(enc.nickname).toBe('');
    expect(enc.role).toBe('father');
    expect(JSON.stringify(enc)).not.toContain('김아빠');
    expect(await decryptRecord(key, 'person', enc, ['name', 'nickname'])).toEqual(rec);
    // The same passphrase on another device of the center gives the same key.
    const again = await deriveCenterKey('센터 암호문 2026', 'GN', 1000);
    expect((await decryptRecord(again, 'person', enc, ['name'])).name).toBe('김아빠');
    // Moved to another record, or opened with another center's key: refused.
    await expect(decryptRecord(key, 'person', { ...enc, id: 'P2' }, ['name'])).rejects.toBeInstanceOf(DecryptError);
    const other = await deriveCenterKey('센터 암호문 2026', 'MP', 1000);
    await expect(decryptRecord(other, 'person', enc, ['name'])).rejects.toBeInstanceOf(DecryptError);
  });

  it('checks a passphrase against the center key check', async () => {
    const key = await deriveCenterKey('right passphrase', 'GN', 1000);
    const check = await makeKeyCheck(key);
    expect(await keyMatches(key, check)).toBe(true);
    expect(await keyMatches(await deriveCenterKey('wrong passphrase', 'GN', 1000), check)).toBe(false);
  });
});

describe('api errors', () => {
  const reply = (status: number, body: unknown): typeof fetch => (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;
  it('turns 426 into a permanent upgrade_required, 5xx and cut connections into transient ones', async () => {
    const e426 = await call({ fetch: reply(426, { error: 'upgrade_required', message: 'x' }), baseUrl: '' }, 'GET', '/api/sync/me').catch((e: unknown) => e);
    expect(e426).toBeInstanceOf(SyncHttpError);
    expect(e426).toMatchObject({ status: 426, code: 'upgrade_required', transient: false });
    const e409 = await call({ fetch: reply(409, { error: 'mutation_gap', expected: 7 }), baseUrl: '' }, 'POST', '/api/sync/push', {}).catch((e: unknown) => e);
    expect(e409).toMatchObject({ code: 'mutation_gap', expected: 7, transient: false });
    expect(await call({ fetch: reply(503, {}), baseUrl: '' }, 'GET', '/x').catch((e: unknown) => e)).toMatchObject({ code: 'internal', transient: true });
    const cut = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    expect(await call({ fetch: cut, baseUrl: '' }, 'GET', '/x').catch((e: unknown) => e)).toMatchObject({ status: 0, code: 'network', transient: true });
    // A captive portal answering with HTML is "no answer from our server", not a crash.
    const portal = (async () => new Response('<html>login</html>', { status: 200 })) as typeof fetch;
    expect(await call({ fetch: portal, baseUrl: '' }, 'GET', '/x').catch((e: unknown) => e)).toMatchObject({ code: 'network' });
  });
});

describe('outbox', () => {
  it('numbers mutations 1, 2, 3… in order, keeps them until acknowledged, and renumbers on reset', async () => {
    const box = new Outbox(memoryKv(), 'unit-outbox');
    const r = (id: string) => ({ id, centerId: null, deletedAt: null });
    await Promise.all(['a', 'b', 'c'].map((id) => box.enqueue({ name: 'put', entity: 'session', record: r(id) })));
    expect((await box.pending()).map((e) => [e.id, e.recordId])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
    expect(await box.ack(2)).toBe(2);
    expect((await box.pending()).map((e) => e.id)).toEqual([3]);
    await box.enqueue({ name: 'delete', entity: 'session', record: r('a') });
    expect((await box.pending()).map((e) => e.id)).toEqual([3, 4]);
    await box.reset(10, [{ name: 'put', entity: 'family', record: r('f') }]);
    expect((await box.pending()).map((e) => [e.id, e.entity])).toEqual([[10, 'family']]);
    expect(await box.nextId()).toBe(11);
  });
});

describe('hub report', () => {
  const center = (id: string, participating = true): HubCenter => ({ id, nameKo: `${id}센터`, nameEn: id, programs: [], participating, devices: 1, lastSyncAt: null });
  const t = '2026-10-10T10:00:00.000Z';
  const base = (id: string) => ({ id, centerId: null, createdAt: t, updatedAt: t, deletedAt: null });
  function rows(centerId: string, families: number) {
    const out: Array<{ centerId: string; entity: string; id: string; version: number; deleted: boolean; serverUpdatedAt: string; record: Record<string, unknown> & { id: string } }> = [];
    const add = (entity: string, record: Record<string, unknown> & { id: string }) => out.push({ centerId, entity, id: record.id, version: out.length + 1, deleted: false, serverUpdatedAt: t, record });
    add('program', { ...base(`${centerId}P`), kind: 'aja', name: 'x', year: 2026, area: 'culture', method: 'education', unit: 'family', delivery: 'in-person' });
    add('cohort', { ...base(`${centerId}C`), programId: `${centerId}P`, name: 'c', term: '2026-1', ageBand: '3-5', capacity: 10, plannedSessions: 2 });
    add('session', { ...base(`${centerId}S`), cohortId: `${centerId}C`, date: '2026-10-10', guideId: null, facilitator: '', note: '' });
    for (let i = 0; i < families; i++) {
      add('family', { ...base(`${centerId}F${i}`), code: 'GN-AAAA', cohortId: `${centerId}C`, status: 'enrolled', mergedInto: null, note: '' });
      for (const role of ['father', 'child']) {
        add('person', { ...base(`${centerId}${role}${i}`), familyId: `${centerId}F${i}`, role, name: '', nickname: '', ageBand: role === 'child' ? '3-5' : null });
        add('attendance', { ...base(`${centerId}A${role}${i}`), sessionId: `${centerId}S`, personId: `${centerId}${role}${i}`, familyId: `${centerId}F${i}`, status: 'present' });
      }
    }
    return out;
  }

  it('counts each center and the city with the records rules, hides small groups and marks centers with nothing yet', () => {
    const r = hubReport([center('GN'), center('NW'), center('SC'), center('GS', false)], [...rows('GN', 3), ...rows('NW', 1)]);
    expect(r.total.figures?.persons).toMatchObject({ total: 8, father: 4, child: 4 });
    expect(r.total.figures?.attendances).toBe(8);
    const by = Object.fromEntries(r.centers.map((c) => [c.center.id, c]));
    expect(by.GN?.shared.figures?.attendances).toBe(6);
    expect(by.NW?.shared.figures).toBeNull();
    expect(by.NW?.empty).toBe(false);
    expect(by.SC?.empty).toBe(true);
    // A non-participating center with no records is left out.
    expect(by.GS).toBeUndefined();
    expect(r.centers.map((c) => c.center.id)).toEqual(['GN', 'NW', 'SC']);
    const csv = hubCsv(r);
    expect(csv.startsWith('\uFEFF구분')).toBe(true);
    expect(csv).toContain('GN센터 (GN),6,3,3,0,6,3,1');
  });
});
