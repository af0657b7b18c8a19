import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openBrowser, startServer, waitForOfflineReady } from '../e2e/harness.ts';
import { guideSchema } from '../../src/shared/guides/schema.ts';
import { summarize, type BenchResult } from './bench.ts';

const RUNS = 7;
const GUIDE = 'dal-01-know-your-child';

/** Validating every guide file with the schema, against only parsing the JSON (the floor). */
function parseAll(): BenchResult[] {
  const files = readdirSync('assets/guides').filter((f) => f.endsWith('.json')).map((f) => readFileSync(`assets/guides/${f}`, 'utf8'));
  const zod: number[] = [];
  const json: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    let t = performance.now();
    for (const f of files) JSON.parse(f);
    const j = performance.now() - t;
    t = performance.now();
    for (const f of files) guideSchema.parse(JSON.parse(f));
    const z = performance.now() - t;
    if (i >= 2) {
      json.push(j);
      zod.push(z);
    }
  }
  const base = summarize('guides-parse-json-only', 'ms', json, { note: `${files.length} guide files, JSON.parse only` });
  return [
    summarize('guides-parse-and-validate-all', 'ms', zod, { baseline: base.median, baselineName: 'JSON.parse only', ratio: Math.round((summarize('x', 'ms', zod, {}).median / Math.max(0.01, base.median)) * 10) / 10, note: `${files.length} guide files, zod schema with defaults (what the list screen does)` }),
    base,
  ];
}

async function inBrowser(): Promise<BenchResult[]> {
  const server = await startServer();
  const b = await openBrowser({ viewport: { width: 1920, height: 1080 } });
  const list: number[] = [];
  const open: number[] = [];
  const step: number[] = [];
  try {
    await b.page.goto(server.url);
    await waitForOfflineReady(b.page);
    const unlock = (): Promise<void> => b.page.evaluate(() => sessionStorage.setItem('appa.gate.until', String(Date.now() + 600_000)));
    await unlock();
    for (let i = 0; i < RUNS; i++) {
      // Navigation start → every guide card on screen (all guide files loaded and validated).
      await b.page.goto(`${server.url}/class`);
      await b.page.locator('.guide-card').first().waitFor();
      list.push(await b.page.evaluate(() => performance.now()));

      // Tap "start presenter mode" → the first slide's title is in the DOM.
      await b.page.goto(`${server.url}/class/${GUIDE}`);
      await b.page.locator('#start-present').waitFor();
      open.push(
        await b.page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const t0 = performance.now();
              const obs = new MutationObserver(() => {
                if (document.querySelector('#pres-title')) {
                  obs.disconnect();
                  requestAnimationFrame(() => resolve(performance.now() - t0));
                }
              });
              obs.observe(document.body, { childList: true, subtree: true });
              (document.querySelector('#start-present') as HTMLElement).click();
            }),
        ),
      );

      // A clicker's PageDown → the next slide painted (next animation frame after the DOM change).
      for (let k = 0; k < 5; k++) {
        step.push(
          await b.page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                const before = document.querySelector('#pres-title')?.textContent;
                const t0 = performance.now();
                const obs = new MutationObserver(() => {
                  if (document.querySelector('#pres-title')?.textContent !== before) {
                    obs.disconnect();
                    requestAnimationFrame(() => resolve(performance.now() - t0));
                  }
                });
                obs.observe(document.body, { childList: true, subtree: true, characterData: true });
                document.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
              }),
          ),
        );
      }
    }
  } finally {
    await b.close();
    await server.close();
  }
  return [
    summarize('guides-list-ready', 'ms', list, { target: 1000, note: 'navigation start → guide list with every guide loaded and validated (service worker cache warm), 1920×1080' }),
    summarize('guides-presenter-open', 'ms', open, { target: 300, note: 'tap "start presenter" → first slide painted' }),
    summarize('guides-step-change', 'ms', step, { target: 100, note: 'PageDown (presentation clicker) → next slide painted; 100 ms is where a delay becomes noticeable' }),
  ];
}

export async function run(): Promise<BenchResult[]> {
  return [...parseAll(), ...(await inBrowser())];
}
