import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, axe, describeViolations, openBrowser, passGate, startServer, waitForFirstFrame, waitForOfflineReady, type Browser, type TestServer } from './harness.ts';

const TITLES: Record<string, string> = {
  ko: '아빠랑 놀자!',
  en: "Let's play with Dad!",
  zh: '和爸爸一起玩吧！',
  ja: 'パパとあそぼう！',
  vi: 'Chơi cùng bố nào!',
};

describe('the shell in Chromium', () => {
  let server: TestServer;
  let b: Browser;
  /** Scripts the page loads to run; an idle `<link rel="prefetch">` (type "other") only warms the cache. */
  const requested: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    b = await openBrowser();
    b.page.on('request', (r) => {
      if (r.resourceType() === 'script') requested.push(new URL(r.url()).pathname);
    });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('shows the home screen without loading Phaser, and passes axe', async () => {
    await b.page.goto(server.url);
    await expect.poll(() => b.page.locator('h1').textContent()).toBe(TITLES.ko);
    expect(await b.page.locator('.tile').count()).toBeGreaterThan(1);
    expect(await b.page.getAttribute('html', 'lang')).toBe('ko');
    await b.page.waitForLoadState('load');
    expect(requested.filter((p) => /phaser/.test(p))).toEqual([]);
    // Nothing executes Phaser on the first screen: its module is not evaluated.
    const phaserLoaded = await b.page.evaluate(() => typeof (window as unknown as { Phaser?: unknown }).Phaser !== 'undefined' || document.querySelector('canvas') !== null);
    expect(phaserLoaded).toBe(false);
    const v = await axe(b.page);
    expect(v, describeViolations(v)).toEqual([]);
  });

  it('switches through all five languages without a reload', async () => {
    await b.page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    for (const lng of ['en', 'zh', 'ja', 'vi', 'ko']) {
      await b.page.selectOption('#lang-select', lng);
      await expect.poll(() => b.page.locator('h1').textContent()).toBe(TITLES[lng]);
      expect(await b.page.getAttribute('html', 'lang')).toBe(lng);
      const v = await axe(b.page);
      expect(v, `${lng}: ${describeViolations(v)}`).toEqual([]);
    }
    expect(await b.page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  });

  it('remembers language, age band and sound on the device', async () => {
    await b.page.selectOption('#lang-select', 'en');
    await b.page.locator('[data-band="6-7"]').click();
    await b.page.locator('#sound-toggle').click();
    await b.page.reload();
    await expect.poll(() => b.page.locator('h1').textContent()).toBe(TITLES.en);
    expect(await b.page.getAttribute('[data-band="6-7"]', 'aria-checked')).toBe('true');
    expect(await b.page.getAttribute('#sound-toggle', 'aria-pressed')).toBe('false');
    await b.page.locator('#sound-toggle').click();
    await b.page.selectOption('#lang-select', 'ko');
  });

  it('shows a translated not-found screen with a way home', async () => {
    await b.page.goto(`${server.url}/no/such/place`);
    await expect.poll(() => b.page.locator('h1').textContent()).toBe('페이지를 찾을 수 없어요');
    const v = await axe(b.page);
    expect(v, describeViolations(v)).toEqual([]);
    await b.page.getByRole('link', { name: '처음 화면으로' }).click();
    await expect.poll(() => b.page.locator('h1').textContent()).toBe(TITLES.ko);
  });

  it('keeps adult areas behind the press-and-hold gate', async () => {
    await b.page.goto(`${server.url}/adult`);
    await b.page.locator('.gate-hold').waitFor();
    let v = await axe(b.page);
    expect(v, describeViolations(v)).toEqual([]);
    // A quick tap does not open it.
    await b.page.locator('.gate-hold').click();
    await b.page.waitForTimeout(300);
    expect(await b.page.locator('.gate-question').count()).toBe(0);
    await passGate(b.page);
    await expect.poll(() => b.page.locator('h1').textContent()).toBe('어른 메뉴');
    v = await axe(b.page);
    expect(v, describeViolations(v)).toEqual([]);
  });

  it('starts the Phaser scene with a real tap, plays sound, and leaves cleanly', async () => {
    await b.page.goto(server.url);
    await b.page.locator('a.tile[href="/play/hello"]').click();
    const canvas = b.page.locator('canvas');
    await canvas.waitFor({ timeout: 20_000 });
    await waitForFirstFrame(b.page);
    expect(requested.some((p) => /\/assets\/phaser-.*\.js$/.test(p))).toBe(true);
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    await b.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => b.page.locator('.game-screen [aria-live]').textContent()).toContain('1번');
    // The tap unlocked Web Audio through howler.
    await expect.poll(() => b.page.evaluate(() => document.documentElement.dataset.audio)).toBe('running');
    const v = await axe(b.page);
    expect(v, describeViolations(v)).toEqual([]);
    const destroyed = b.page.evaluate(() => new Promise<boolean>((r) => window.addEventListener('appa:game-destroyed', () => r(true), { once: true })));
    await b.page.locator('.game-back').click();
    expect(await destroyed).toBe(true);
    await expect.poll(() => b.page.locator('canvas').count()).toBe(0);
    await expect.poll(() => b.page.locator('h1').textContent()).toBe(TITLES.ko);
  });

  it('is installable: Chromium reports no installability errors', async () => {
    await b.page.goto(server.url);
    const cdp = await b.context.newCDPSession(b.page);
    await expect
      .poll(async () => ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] }).installabilityErrors, { timeout: 20_000 })
      .toEqual([]);
    const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as { name: string; display: string; icons: Array<{ sizes: string; purpose?: string }> };
    expect(manifest.name).toContain('아빠랑');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => `${i.sizes}:${i.purpose ?? 'any'}`)).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
  });

  it('reloads and works with the network off after one visit', async () => {
    await b.page.goto(server.url);
    await waitForOfflineReady(b.page);
    await b.context.setOffline(true);
    try {
      await b.page.reload();
      await expect.poll(() => b.page.locator('h1').textContent()).toBe(TITLES.ko);
      await b.page.selectOption('#lang-select', 'ja');
      await expect.poll(() => b.page.locator('h1').textContent()).toBe(TITLES.ja);
      await b.page.selectOption('#lang-select', 'ko');
      // A deep link, and the lazily loaded game chunk, come from the precache too.
      await b.page.goto(`${server.url}/play/hello`);
      await b.page.locator('canvas').waitFor({ timeout: 20_000 });
    } finally {
      await b.context.setOffline(false);
    }
  });
});

describe('the update flow', () => {
  let server: TestServer;
  let b: Browser;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'appa-dist-'));
    cpSync(DIST, dist, { recursive: true });
    server = await startServer({ staticDir: dist });
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('waits while a child plays, then offers the new version to the adult', async () => {
    await b.page.goto(server.url);
    await waitForOfflineReady(b.page);
    await b.page.locator('a.tile[href="/play/hello"]').click();
    await b.page.locator('canvas').waitFor({ timeout: 20_000 });
    // A new version is deployed while the child is playing.
    appendFileSync(join(dist, 'sw.js'), '\n// new version\n');
    await b.page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
    });
    await b.page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting), undefined, { timeout: 20_000 });
    await b.page.waitForTimeout(500);
    expect(await b.page.locator('#update-toast').count()).toBe(0);
    await b.page.locator('.game-back').click();
    await b.page.locator('#update-toast').waitFor({ timeout: 10_000 });
    expect(await b.page.locator('#update-toast').textContent()).toContain('새 버전');
    const v = await axe(b.page);
    expect(v, describeViolations(v)).toEqual([]);
  });
});
