import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST, openBrowser, startServer, waitForFirstFrame, waitForOfflineReady, type Browser } from '../e2e/harness.ts';
import { summarize, type BenchResult } from './bench.ts';

const RUNS = 5;
/** Games with content in this build; the first level file of each is what a deep link opens. */
const GAMES: Array<[string, string]> = [
  ['body-match', 'body-35'],
  ['face-mirror', 'mirror-35'],
  ['freeze-haechi', 'freeze-35'],
  ['han-river-hunt', 'river-35'],
];

function gzipBytes(path: string): number {
  const p = join(DIST, path);
  return existsSync(p) ? gzipSync(readFileSync(p), { level: 9 }).length : 0;
}

const scripts = (b: Browser, into: Set<string>): void => {
  b.page.on('request', (r) => {
    if (r.resourceType() === 'script' && !r.url().endsWith('/sw.js')) into.add(new URL(r.url()).pathname);
  });
};

/**
 * Phaser plus everything the games add: every script fetched while opening the list, each game's intro
 * and a level of each game, minus what the home screen already loaded. Every game in the build counts
 * (those of the other games engineer too), found from the list screen.
 */
/** A chunk that only carries content (a level or descriptor JSON module): no code in it. */
function isContent(path: string): boolean {
  const p = join(DIST, path);
  return existsSync(p) && !/=>|function\b/.test(readFileSync(p, 'utf8'));
}

async function gamesChunkBytes(url: string): Promise<{ bytes: number; files: number; code: number; content: number }> {
  const b = await openBrowser({ viewport: { width: 1280, height: 800 } });
  try {
    const home = new Set<string>();
    scripts(b, home);
    await b.page.goto(url, { waitUntil: 'networkidle' });
    const games = new Set<string>();
    b.page.removeAllListeners('request');
    scripts(b, games);
    await b.page.goto(`${url}/play`);
    await b.page.locator('a.game-card').first().waitFor();
    const ids = await b.page.$$eval('a.game-card', (as) => as.map((a) => a.getAttribute('data-game') ?? ''));
    for (const id of ids) {
      await b.page.goto(`${url}/play/${id}?band=3-5`);
      const level = b.page.locator('a.level-card').first();
      await level.waitFor();
      await level.click();
      await waitForFirstFrame(b.page);
    }
    const extra = [...games].filter((p) => !home.has(p));
    const sum = (list: string[]): number => list.reduce((s, p) => s + gzipBytes(p), 0);
    return { bytes: sum(extra), files: extra.length, code: sum(extra.filter((p) => !isContent(p))), content: sum(extra.filter(isContent)) };
  } finally {
    await b.close();
  }
}

/** Intro screen → tap on a level → first frame of the game, the kit already cached by the service worker. */
async function tapToFrame(url: string): Promise<number[]> {
  const out: number[] = [];
  const b = await openBrowser({ viewport: { width: 1280, height: 800 } });
  try {
    await b.page.goto(url);
    await waitForOfflineReady(b.page);
    for (let i = 0; i < RUNS + 1; i++) {
      const [game, level] = GAMES[i % GAMES.length]!;
      await b.page.goto(`${url}/play/${game}?band=3-5`);
      const link = b.page.locator(`a.level-card[data-level="${level}"]`);
      await link.waitFor();
      await b.page.evaluate(() => {
        delete (window as unknown as { __appaFirstFrame?: number }).__appaFirstFrame;
        document.addEventListener('click', () => ((window as unknown as { __tap: number }).__tap = performance.now()), { capture: true, once: true });
      });
      await link.click();
      const frame = await waitForFirstFrame(b.page);
      const tap = await b.page.evaluate(() => (window as unknown as { __tap: number }).__tap);
      if (i > 0) out.push(frame - tap); // the first run warms this profile's caches
    }
  } finally {
    await b.close();
  }
  return out;
}

/** A fresh profile opens a game's level by its URL: navigation start → the scene's first frame. */
async function coldDeepLink(url: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [game, level] = GAMES[i % GAMES.length]!;
    const b = await openBrowser({ viewport: { width: 1280, height: 800 } });
    try {
      await b.page.goto(`${url}/play/${game}/${level}`);
      out.push(await waitForFirstFrame(b.page)); // performance.now() counts from navigation start
    } finally {
      await b.close();
    }
  }
  return out;
}

/** Start-up work after a game opens: background services start 5 s after the first idle moment (src/main.ts). */
const SETTLE_MS = 6500;

/** Every game and the level of it the frame-time benchmark plays. */
const FRAME_GAMES: Array<[string, string]> = [
  ...GAMES,
  ['line2-rhythm', 'echo-ride'],
  ['seoul-map', 'first-trip'],
  ['butterfly-pairs', 'garden-small'],
  ['tower-stack', 'small-tower'],
];

/**
 * Frame intervals (rAF) over 3 s of a game being played, the CPU slowed 4× through the DevTools
 * protocol: the child taps what the scene asks for every 600 ms, so hops, flips and cheers are in the
 * frames, not only a still scene. Measured in steady state (see SETTLE_MS). `renderer` forces one (else the host picks, as on a real device).
 */
const TABLET = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true };

async function frameTimes(url: string, game: string, level: string, opts: { renderer?: 'webgl'; device?: typeof TABLET | typeof PHONE } = {}): Promise<{ deltas: number[]; renderer: string }> {
  const { renderer } = opts;
  const b = await openBrowser(opts.device ?? TABLET);
  try {
    // The kit installed, as on a father's phone after the first visit; then the game opens and the
    // page's start-up work (idle translations, background services at 5 s) is done before measuring.
    await b.page.goto(url);
    await waitForOfflineReady(b.page);
    await b.page.goto(`${url}/play/${game}/${level}${renderer ? `?renderer=${renderer}` : ''}`);
    await waitForFirstFrame(b.page);
    await b.page.waitForTimeout(SETTLE_MS);
    const picked = await b.page.evaluate(() => (window as unknown as { __appaGame?: { renderer: string } }).__appaGame?.renderer ?? '?');
    const cdp = await b.context.newCDPSession(b.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const measuring = b.page.evaluate(`new Promise((done) => {
      const d = []; let last = performance.now(); const t0 = last;
      function f(now) { d.push(now - last); last = now; if (now - t0 < 3000) requestAnimationFrame(f); else done(d.slice(1)); }
      requestAnimationFrame(f);
    })`) as Promise<number[]>;
    let measured = false;
    void measuring.finally(() => (measured = true));
    while (!measured) {
      const t = await b.page.evaluate(() => {
        const g = (window as unknown as { __appaGame?: { correct(): string | null; targets(): Array<{ id: string; x: number; y: number }> } }).__appaGame;
        const id = g?.correct();
        return id ? (g?.targets().find((x) => x.id === id) ?? null) : null;
      });
      if (t && !measured) await (opts.device === PHONE ? b.page.touchscreen.tap(t.x, t.y) : b.page.mouse.click(t.x, t.y));
      await new Promise((r) => setTimeout(r, 600));
    }
    const deltas = await measuring;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { deltas, renderer: picked };
  } finally {
    await b.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  const server = await startServer();
  try {
    const results: BenchResult[] = [];
    const chunk = await gamesChunkBytes(server.url);
    results.push(summarize('games-phaser-plus-all-games-code-gzip', 'bytes', [chunk.code], { target: 474 * 1024, baseline: 354 * 1024, baselineName: 'Phaser 4 alone', ratio: Math.round((chunk.code / (354 * 1024)) * 100) / 100, note: 'gzip -9 of the code chunks fetched for the game list, every intro and a level of every game, minus the home screen\'s' }));
    results.push(summarize('games-phaser-plus-all-games-with-content-gzip', 'bytes', [chunk.bytes], { note: `the same plus every level and descriptor JSON chunk (five languages of content): ${chunk.files} scripts, ${chunk.content} bytes of it content` }));
    results.push(summarize('games-tap-to-first-frame-cached', 'ms', await tapToFrame(server.url), { target: 500, note: 'click on a level on the intro screen → first POST_RENDER of the game scene; service worker cache warm' }));
    const cold = summarize('games-cold-deep-link-first-frame', 'ms', await coldDeepLink(server.url), { target: 1700, baseline: 1730, baselineName: 'official Phaser 4 Vite template', note: `navigation start → first frame of /play/<game>/<level>, ${RUNS} fresh profiles, loopback` });
    cold.compare.ratio = Math.round((cold.median / 1730) * 100) / 100;
    results.push(cold);
    for (const [game, level] of FRAME_GAMES.filter(([g]) => !process.env.APPA_BENCH_GAME || g === process.env.APPA_BENCH_GAME)) {
      const picked = await frameTimes(server.url, game, level);
      const webgl = await frameTimes(server.url, game, level, { renderer: 'webgl' });
      const median = summarize('', 'ms', webgl.deltas, {}).median;
      const result = summarize(`games-frame-time-4x-${game}`, 'ms', picked.deltas, {
        target: 16.7,
        baseline: median,
        baselineName: 'the same with WebGL forced (SwiftShader here)',
        note: `rAF intervals over 3 s while the right target is tapped every 600 ms, kit installed, after start-up work, CPU throttled 4× (Emulation.setCPUThrottlingRate), headless Chromium without a GPU; renderer picked: ${picked.renderer}`,
      });
      result.compare.ratio = Math.round((result.median / median) * 100) / 100;
      results.push(result);
      const phone = await frameTimes(server.url, game, level, { device: PHONE });
      results.push(
        summarize(`games-frame-time-4x-phone-${game}`, 'ms', phone.deltas, {
          target: 16.7,
          note: `the same on a 390×844 phone at device pixel ratio 2 (touch); renderer picked: ${phone.renderer}`,
        }),
      );
    }
    return results;
  } finally {
    await server.close();
  }
}
