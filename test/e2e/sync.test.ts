import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROME, CHROME_ARGS, DIST, axe, describeViolations, passGate, startServer, waitForOfflineReady, type TestServer } from './harness.ts';
import { createSyncRepo, type SyncRepo } from '../../src/server/sync/repo.ts';

const PASS_GN = '강남 토요반 비밀문장 2026';
const PASS_MP = '마포 센터 다른 비밀문장';
const FATHERS = ['김아빠', '이아빠', '박아빠'];
const CHILDREN = ['콩이', '별이', '하늘'];

interface Device {
  context: BrowserContext;
  page: Page;
}

describe('sync between devices and the hub through the real server', () => {
  let server: TestServer;
  let repo: SyncRepo;
  let browser: Browser;
  let a: Device;
  let b: Device;
  let c: Device;

  const device = async (): Promise<Device> => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'ko-KR', serviceWorkers: 'allow' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('[pageerror]', e.message));
    return { context, page };
  };
  const expectAxe = async (page: Page, what: string): Promise<void> => {
    const v = await axe(page);
    expect(v, `${what}: ${describeViolations(v)}`).toEqual([]);
  };
  const statusText = (page: Page): Promise<string> => page.locator('#sync-status-line').innerText().catch(() => '');

  async function pair(d: Device, centerId: string, passphrase: string, label: string): Promise<void> {
    const { code } = await repo.issuePairingCode(centerId);
    await d.page.goto(`${server.url}/sync`);
    // The gate stays open for a while once passed in a tab.
    await d.page.locator('.gate-hold, #pair-code').first().waitFor();
    if (await d.page.locator('.gate-hold').count()) await passGate(d.page);
    await d.page.locator('#pair-code').fill(code.toLowerCase());
    await d.page.locator('#pair-pass').fill(passphrase);
    await d.page.locator('#pair-label').fill(label);
    await d.page.getByRole('button', { name: '연결하기' }).click();
    await expect.poll(() => statusText(d.page), { timeout: 20_000 }).toContain('모든 기록을 보냈어요');
  }

  beforeAll(async () => {
    server = await startServer({ staticDir: DIST });
    repo = createSyncRepo(server.store.db, server.store.dialect);
    browser = await chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
    a = await device();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('pairs device A by code and passphrase; pairing and status screens pass axe', async () => {
    await a.page.goto(`${server.url}/sync`);
    await passGate(a.page);
    await a.page.locator('#pair-code').waitFor();
    await expectAxe(a.page, 'pairing');
    // A wrong code is refused with a message saying what to do.
    await a.page.locator('#pair-code').fill('ZZZZ-ZZZZ');
    await a.page.locator('#pair-pass').fill(PASS_GN);
    await a.page.getByRole('button', { name: '연결하기' }).click();
    await expect.poll(() => a.page.locator('.sync-msg').innerText()).toContain('새 코드');
    await pair(a, 'GN', PASS_GN, '강사 태블릿 A');
    await expectAxe(a.page, 'status');
  });

  it('device A records a session offline; it waits in the outbox and goes out when A is online', async () => {
    const p = a.page;
    await waitForOfflineReady(p);
    await a.context.setOffline(true);
    await p.goto(`${server.url}/records`);
    await p.locator('#center-form [name="name"]').fill('강남구가족센터');
    await p.locator('#center-form button[type="submit"]').click();
    await p.locator('#cohort-form [name="cohortName"]').fill('토요 아빠반');
    await p.locator('#cohort-form button[type="submit"]').click();
    await p.locator('#register-form').waitFor();
    for (let i = 0; i < FATHERS.length; i++) {
      await p.locator('#register-form [name="father"]').fill(FATHERS[i]!);
      await p.locator('#register-form [name="child-1"]').fill(CHILDREN[i]!);
      await p.locator('#register-form [name="scope-records"]').check();
      await p.locator('#register-form button[type="submit"]').click();
      await expect.poll(() => p.locator('#family-list li').count()).toBe(i + 1);
    }
    await p.locator('#session-form button[type="submit"]').click();
    await p.locator('button.att-main[data-person]').first().waitFor();
    const ids = await p.locator('button.att-main[data-person]').evaluateAll((els) => els.map((e) => e.getAttribute('data-person') ?? ''));
    expect(ids).toHaveLength(6);
    const saved = p.locator('.rec-status');
    for (const id of ids) {
      const before = await saved.first().innerText().catch(() => '');
      const button = p.locator(`button.att-main[data-person="${id}"]`);
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      // Each tap is written before the next: the screen says so once it is stored.
      await expect.poll(() => saved.first().innerText().catch(() => '')).not.toBe(before);
    }
    // In-app navigation, as a facilitator taps through the adult menu.
    await p.evaluate(() => {
      history.pushState(null, '', '/sync');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect.poll(() => statusText(p)).toMatch(/\d+건 전송 대기/);
    expect(await p.locator('.sync-error').innerText()).toContain('인터넷 연결이 없어요');
    expect(await server.store.db.selectFrom('records').selectAll().where('center_id', '=', 'GN').execute()).toEqual([]);
    await expectAxe(p, 'status offline');

    await a.context.setOffline(false);
    await expect.poll(() => statusText(p), { timeout: 30_000 }).toContain('모든 기록을 보냈어요');
    const rows = await server.store.db.selectFrom('records').selectAll().where('center_id', '=', 'GN').execute();
    const entities = new Set(rows.map((r) => r.entity));
    for (const e of ['center', 'program', 'cohort', 'family', 'person', 'consent', 'session', 'attendance']) expect(entities, e).toContain(e);
    expect(rows.filter((r) => r.entity === 'attendance')).toHaveLength(6);
    // Names and nicknames reached the server only as ciphertext.
    const all = JSON.stringify(rows);
    for (const name of [...FATHERS, ...CHILDREN]) expect(all).not.toContain(name);
    expect(all).toContain('enc:v1:');
  });

  it("device B of the same center gets A's records and can read the names; device C of another center never does", async () => {
    b = await device();
    await pair(b, 'GN', PASS_GN, '센터 PC B');
    await b.page.goto(`${server.url}/records`);
    await b.page.getByRole('link', { name: '토요 아빠반' }).click();
    await expect.poll(() => b.page.locator('#family-list').innerText()).toContain('김아빠');

    c = await device();
    await pair(c, 'MP', PASS_MP, '마포 태블릿 C');
    await c.page.goto(`${server.url}/records`);
    await c.page.locator('#center-form').waitFor();
    expect(await c.page.locator('main').innerText()).not.toContain('토요 아빠반');
    expect(await server.store.db.selectFrom('records').selectAll().where('center_id', '=', 'MP').execute()).toEqual([]);
  });

  it('a device with a different passphrase for the same center is told so and sends nothing', async () => {
    const d = await device();
    const { code } = await repo.issuePairingCode('GN');
    await d.page.goto(`${server.url}/sync`);
    await passGate(d.page);
    await d.page.locator('#pair-code').fill(code);
    await d.page.locator('#pair-pass').fill('틀린 비밀문장입니다');
    await d.page.getByRole('button', { name: '연결하기' }).click();
    await expect.poll(() => d.page.locator('main').innerText()).toContain('센터의 다른 기기와 암호문이 달라요');
    await d.page.locator('#unlock-pass').waitFor();
    await expectAxe(d.page, 'unlock');
    await d.context.close();
  });

  it('the center screen lists its own devices only and passes axe', async () => {
    await a.page.goto(`${server.url}/sync/center`);
    await a.page.locator('.sync-table').first().waitFor();
    const text = await a.page.locator('main').innerText();
    expect(text).toContain('강사 태블릿 A');
    expect(text).toContain('센터 PC B');
    expect(text).not.toContain('마포 태블릿 C');
    await expectAxe(a.page, 'center');
    // The same screen in Vietnamese, without a reload.
    await a.page.selectOption('#lang-select', 'vi');
    await expect.poll(() => a.page.locator('h1').innerText()).toBe('Tình hình trung tâm');
    expect(await a.page.locator('main').innerText()).toContain('Thiết bị đã kết nối');
    await expectAxe(a.page, 'center (vi)');
    await a.page.selectOption('#lang-select', 'ko');
  });

  it('the hub sees the city totals and the centers side by side, with CSV and no personal field', async () => {
    const hub = await device();
    const { token } = await repo.createHubToken('서울시가족센터');
    await hub.page.goto(`${server.url}/sync/hub`);
    await passGate(hub.page);
    await hub.page.locator('#hub-token').fill(token);
    await hub.page.getByRole('button', { name: '들어가기' }).click();
    await hub.page.locator('#hub-table').waitFor();
    const totals = hub.page.locator('section[aria-labelledby="hub-total"]');
    await expect.poll(() => totals.innerText()).toMatch(/6\s*아버지 3 · 자녀 3/);
    const gn = hub.page.locator('#hub-table tbody tr', { hasText: '강남구가족센터' });
    expect(await gn.locator('td.num').nth(1).innerText()).toBe('6');
    // Centers side by side: the one with records in the table, the other participating ones named below it.
    expect(await hub.page.locator('#hub-table tbody tr').count()).toBe(1);
    const waiting = await hub.page.locator('#hub-waiting').innerText();
    for (const d of ['마포구', '서초구', '중랑구']) expect(waiting).toContain(d);
    expect(waiting).not.toContain('강남구');
    const page = await hub.page.content();
    for (const name of [...FATHERS, ...CHILDREN]) expect(page).not.toContain(name);
    await expectAxe(hub.page, 'hub');
    const [download] = await Promise.all([hub.page.waitForEvent('download'), hub.page.locator('#hub-csv').click()]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv).toContain('연인원');
    expect(csv).toContain('강남구가족센터 (GN)');
    for (const name of FATHERS) expect(csv).not.toContain(name);
    await hub.context.close();
  });

  it('two tabs of one device record at once and sync at once: every change reaches the server exactly once', async () => {
    // A facilitator's tablet with the class screen in one tab and the records in another: the same
    // IndexedDB, the same outbox, two sync services. Web Locks keep the outbox ids in order and let
    // one tab sync while the other only shows the status.
    const tabs = [a.page, await a.context.newPage()];
    const before = await server.store.db.selectFrom('records').select('id').where('center_id', '=', 'GN').where('entity', '=', 'attendance').execute();
    await Promise.all(
      tabs.map(async (p) => {
        await p.goto(`${server.url}/records`);
        // The adult gate is per tab (sessionStorage): the new tab asks once.
        const cohort = p.getByRole('link', { name: '토요 아빠반' });
        await p.locator('.gate-hold').or(cohort).first().waitFor();
        if (await p.locator('.gate-hold').count()) await passGate(p);
        await cohort.click();
        await p.locator('#session-form button[type="submit"]').click();
        await p.locator('button.att-main[data-person]').first().waitFor();
      }),
    );
    // Both tabs tap attendance in turns, so their writes interleave.
    const people = await tabs[0]!.locator('button.att-main[data-person]').evaluateAll((els) => els.map((e) => e.getAttribute('data-person') ?? ''));
    for (const id of people.slice(0, 4)) {
      for (const p of tabs) {
        const button = p.locator(`button.att-main[data-person="${id}"]`);
        await button.click();
        await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      }
    }
    // Both go to the status screen and press "sync now" together.
    for (const p of tabs) {
      await p.evaluate(() => {
        history.pushState(null, '', '/sync');
        dispatchEvent(new PopStateEvent('popstate'));
      });
      await p.locator('#sync-now').waitFor();
    }
    await Promise.all(tabs.map((p) => p.locator('#sync-now').click()));
    for (const p of tabs) await expect.poll(() => statusText(p), { timeout: 30_000 }).toContain('모든 기록을 보냈어요');
    const after = await server.store.db.selectFrom('records').select(['id', 'entity']).where('center_id', '=', 'GN').where('entity', '=', 'attendance').execute();
    // Two new sessions × four people, each row once (ids are the primary key; a double push would fail or be skipped).
    expect(after.length - before.length).toBe(8);
    expect(new Set(after.map((r) => r.id)).size).toBe(after.length);
    expect(await tabs[0]!.locator('.sync-error').count()).toBe(0);
    await tabs[1]!.close();
  });
});
