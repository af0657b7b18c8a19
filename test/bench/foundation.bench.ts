import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME, CHROME_ARGS, DIST, openBrowser, startServer, waitForFirstFrame, waitForOfflineReady } from '../e2e/harness.ts';
import { summarize, type BenchResult } from './bench.ts';

const RUNS = 5;

/** gzip -9 size of a built file, as the server's compression would send it (roughly). */
function gzipBytes(path: string): number {
  return gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
}

/**
 * JS the first screen needs: every script whose request started before the first contentful paint
 * of the home screen (the page cannot paint without them). Scripts fetched after that, when idle
 * (other screens' translations, the records and sync services), are reported beside it; the Phaser
 * prefetch is never counted (it is not run).
 */
async function firstScreenJs(url: string): Promise<{ first: number[]; idle: number[] }> {
  const first: number[] = [];
  const idle: number[] = [];
  for (let i = 0; i < 3; i++) {
    const b = await openBrowser({ viewport: { width: 390, height: 844 } });
    await b.page.goto(url, { waitUntil: 'networkidle' });
    await b.page.waitForTimeout(8000); // past the services' delay, so "idle" is complete
    const { fcp, scripts } = await b.page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => /\.js$/.test(new URL(e.name).pathname) && !/phaser|\/sw\.js$/.test(e.name))
        .map((e) => ({ path: new URL(e.name).pathname, at: e.startTime })),
    }));
    const sum = (list: typeof scripts): number => [...new Set(list.map((s) => s.path))].reduce((n, p) => n + gzipBytes(p), 0);
    first.push(sum(scripts.filter((s) => s.at <= fcp)));
    idle.push(sum(scripts.filter((s) => s.at > fcp)));
    await b.close();
  }
  return { first, idle };
}

async function fcp(url: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const b = await openBrowser({ viewport: { width: 390, height: 844 } });
    await b.page.goto(url, { waitUntil: 'load' });
    await b.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    out.push(await b.page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime));
    await b.close();
  }
  return out;
}

/** Tap on the home tile → first Phaser frame, with the kit already cached by the service worker. */
async function tapToFrame(url: string): Promise<number[]> {
  const out: number[] = [];
  const b = await openBrowser({ viewport: { width: 1280, height: 800 } });
  await b.page.goto(url);
  await waitForOfflineReady(b.page);
  for (let i = 0; i < RUNS + 1; i++) {
    await b.page.goto(url);
    await b.page.locator('a.tile[href="/play/hello"]').waitFor();
    await b.page.evaluate(() => {
      delete (window as unknown as { __appaFirstFrame?: number }).__appaFirstFrame;
      document.querySelector('a.tile[href="/play/hello"]')!.addEventListener('click', () => ((window as unknown as { __tap: number }).__tap = performance.now()), { capture: true, once: true });
    });
    await b.page.locator('a.tile[href="/play/hello"]').click();
    const frame = await waitForFirstFrame(b.page);
    const tap = await b.page.evaluate(() => (window as unknown as { __tap: number }).__tap);
    if (i > 0) out.push(frame - tap); // the first run warms the HTTP/SW caches of this profile
  }
  await b.close();
  return out;
}

async function lighthouseScores(url: string): Promise<Record<string, number[]>> {
  const scores: Record<string, number[]> = { performance: [], accessibility: [], 'best-practices': [] };
  for (let i = 0; i < 3; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', ...CHROME_ARGS] });
    try {
      const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(scores), formFactor: 'mobile' });
      for (const k of Object.keys(scores)) scores[k]!.push(Math.round((r?.lhr.categories[k]?.score ?? 0) * 100));
    } finally {
      await chrome.kill();
    }
  }
  return scores;
}

export async function run(): Promise<BenchResult[]> {
  const server = await startServer();
  try {
    const results: BenchResult[] = [];
    const js = await firstScreenJs(server.url);
    results.push(summarize('first-screen-js-gzip', 'bytes', js.first, { target: 40 * 1024, note: 'gzip -9 of every script requested before the home screen\'s first contentful paint (phone viewport)' }));
    results.push(summarize('idle-background-js-gzip', 'bytes', js.idle, { note: 'fetched after the first screen, when idle: other screens\' translations, records and sync services (Phaser prefetch excluded)' }));
    results.push(summarize('home-fcp', 'ms', await fcp(server.url), { note: `first-contentful-paint, ${RUNS} fresh Chromium profiles, loopback, no throttling` }));
    results.push(summarize('tap-to-first-phaser-frame-cached', 'ms', await tapToFrame(server.url), { target: 500, note: 'click on the home tile → first POST_RENDER of the hello scene, kit cached by the service worker' }));
    const lh = await lighthouseScores(server.url);
    results.push(summarize('lighthouse-performance', 'score', lh.performance!, { target: 95, note: 'Lighthouse 12.2.3, mobile, simulated throttling, 3 runs' }));
    results.push(summarize('lighthouse-accessibility', 'score', lh.accessibility!, { target: 100 }));
    results.push(summarize('lighthouse-best-practices', 'score', lh['best-practices']!, { target: 100 }));
    return results;
  } finally {
    await server.close();
  }
}
