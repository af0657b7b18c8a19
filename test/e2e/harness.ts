import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../../src/server/app.ts';
import { connect, migrate, type Db } from '../../src/server/db/connect.ts';
import type { FastifyInstance } from 'fastify';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** The built PWA under test (see global-setup). */
export const DIST = process.env.APPA_DIST ?? 'dist';

/** Flags that keep Chromium quiet on a closed network (see the README's testing notes). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface TestServer {
  url: string;
  app: FastifyInstance;
  store: Db;
  dir: string;
  close(): Promise<void>;
}

/** The real server (same code as `npm start`) on a free loopback port with a fresh SQLite file. */
export async function startServer(opts: { databaseUrl?: string; staticDir?: string } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'appa-e2e-'));
  const store = connect({ databaseUrl: opts.databaseUrl, sqlitePath: join(dir, 'appa.sqlite') });
  const schemaVersion = await migrate(store.db);
  const app = await buildApp({ store, schemaVersion, staticDir: opts.staticDir ?? DIST });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    store,
    dir,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  profile: string;
  close(): Promise<void>;
}

/** A fresh Chromium profile each time: no cache, no service worker, no storage from other tests. */
export async function openBrowser(opts: { viewport?: { width: number; height: number }; hasTouch?: boolean; locale?: string; deviceScaleFactor?: number } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'appa-chrome-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    args: CHROME_ARGS,
    viewport: opts.viewport ?? { width: 1024, height: 768 },
    hasTouch: opts.hasTouch ?? false,
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    locale: opts.locale ?? 'ko-KR',
    serviceWorkers: 'allow',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.error('[pageerror]', e.message));
  return {
    context,
    page,
    profile,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Runs axe-core (WCAG 2.x A/AA rules) on the page as it is now; returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not block.
  const has = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!has) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const a = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await a.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** A readable summary for assertion messages. */
export function describeViolations(v: AxeViolation[]): string {
  return v.map((x) => `${x.id} (${x.impact}): ${x.help} → ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

/** Passes the parental gate as an adult would: press and hold, then answer the sum. */
export async function passGate(page: Page): Promise<void> {
  const hold = page.locator('.gate-hold');
  await hold.waitFor();
  const box = await hold.boundingBox();
  if (!box) throw new Error('gate button not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForSelector('.gate-question', { timeout: 5000 });
  await page.mouse.up();
  const q = (await page.locator('.gate-question').textContent()) ?? '';
  const m = /(\d+)\s*\+\s*(\d+)/.exec(q);
  if (!m) throw new Error(`no sum in "${q}"`);
  const answer = String(Number(m[1]) + Number(m[2]));
  await page.locator('.gate-choice', { hasText: new RegExp(`^${answer}$`) }).click();
}

/** Waits until the service worker has installed and precached every built file. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  // `ready` resolves once a worker is active, and a worker activates only after its precache is complete.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/**
 * The least size of anything a child taps, in CSS px on the viewports the tests use: 20 mm on a
 * 10.1-inch 1280×800 tablet (the rule), 10 mm on a 6.1-inch 390×844 phone (a small fingertip).
 */
export function leastTarget(viewport: { width: number; height: number } | null): number {
  const vp = viewport ?? { width: 1280, height: 800 };
  const tablet = Math.min(vp.width, vp.height) >= 600;
  const [mm, inches] = tablet ? [20, 10.1] : [10, 6.1];
  return (mm * Math.hypot(vp.width, vp.height)) / inches / 25.4;
}

/** The smallest child target on the game screen now (CSS px, its id), from the scene's test hook. */
export async function smallestTarget(page: Page): Promise<{ id: string; size: number } | null> {
  return page.evaluate(() => {
    const ts = (window as unknown as { __appaGame?: { targets(): Array<{ id: string; w: number; h: number }> } }).__appaGame?.targets() ?? [];
    let least: { id: string; size: number } | null = null;
    for (const t of ts) if (!least || Math.min(t.w, t.h) < least.size) least = { id: t.id, size: Math.min(t.w, t.h) };
    return least;
  });
}

/** Waits for the first frame a Phaser scene drew (the scene sets the mark on its first POST_RENDER). */
export async function waitForFirstFrame(page: Page): Promise<number> {
  await page.waitForFunction(() => typeof (window as unknown as { __appaFirstFrame?: number }).__appaFirstFrame === 'number', undefined, { timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { __appaFirstFrame: number }).__appaFirstFrame);
}
