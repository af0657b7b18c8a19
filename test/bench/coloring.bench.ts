import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, openBrowser, startServer, waitForOfflineReady } from '../e2e/harness.ts';
import { summarize, type BenchResult } from './bench.ts';
import manifest from '../../levels/coloring/sheets.json' with { type: 'json' };

type W = Window & { __appaSheetReady?: number; __appaPdfMs?: number; __fillLag?: number[] };

const DETAILED = manifest.sheets.filter((s) => s.variant === 'detailed').map((s) => s.id);

/**
 * Catalog card tap → the sheet is on screen and takes a fill (the screen marks `__appaSheetReady`
 * after its areas are wired). Every sheet is a separate lazy chunk, served by the service worker.
 */
async function openToColorable(url: string): Promise<number[]> {
  const b = await openBrowser({ viewport: { width: 1280, height: 800 } });
  const out: number[] = [];
  try {
    await b.page.goto(`${url}/coloring`);
    await waitForOfflineReady(b.page);
    await b.page.evaluate(() => localStorage.setItem('appa.prefs.v1', JSON.stringify({ language: 'ko', ageBand: '6-7', sound: false })));
    for (const id of DETAILED) {
      await b.page.goto(`${url}/coloring`);
      await b.page.locator(`a.sheet-card[data-sheet="${id}"]`).waitFor();
      const t0 = await b.page.evaluate((sid) => {
        delete (window as W).__appaSheetReady;
        const t = performance.now();
        (document.querySelector(`a.sheet-card[data-sheet="${sid}"]`) as HTMLElement).click();
        return t;
      }, id);
      await b.page.waitForFunction(() => typeof (window as W).__appaSheetReady === 'number');
      out.push((await b.page.evaluate(() => (window as W).__appaSheetReady!)) - t0);
    }
  } finally {
    await b.close();
  }
  return out;
}

/** Press on an area → the next frame starts, with the CPU slowed four times (a cheap tablet). */
async function fillLag(url: string): Promise<number[]> {
  const b = await openBrowser({ viewport: { width: 1280, height: 800 } });
  try {
    await b.page.goto(`${url}/coloring/seoul-map`);
    await b.page.locator('.color-svg').waitFor();
    const cdp = await b.context.newCDPSession(b.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await b.page.evaluate(() => {
      (window as W).__fillLag = [];
      document.addEventListener(
        'pointerdown',
        (e) => {
          const ts = e.timeStamp;
          requestAnimationFrame(() => (window as W).__fillLag!.push(performance.now() - ts));
        },
        { capture: true },
      );
    });
    const points = await b.page.$$eval('.color-svg path[data-area^="spot-"]', (els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }),
    );
    const colors = ['red', 'blue', 'yellow', 'green'];
    for (let round = 0; round < 3; round++) {
      await b.page.locator(`.swatch[data-color="${colors[round % colors.length]}"]`).click();
      for (const p of points) {
        await b.page.mouse.click(p.x, p.y);
        await b.page.waitForTimeout(30);
      }
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return await b.page.evaluate(() => (window as W).__fillLag!);
  } finally {
    await b.close();
  }
}

/** The PDF of all sixteen detailed sheets, made in the page (fonts, sheets and pdf-lib from the cache). */
async function pdfAllDetailed(url: string): Promise<number[]> {
  const b = await openBrowser({ viewport: { width: 1280, height: 800 } });
  const out: number[] = [];
  try {
    await b.page.goto(`${url}/coloring`);
    await waitForOfflineReady(b.page);
    for (let i = 0; i < 4; i++) {
      await b.page.goto(`${url}/coloring/print?sheets=${DETAILED.join(',')}&paper=a4`);
      await b.page.locator('.sheet-preview').nth(DETAILED.length - 1).waitFor();
      const [download] = await Promise.all([b.page.waitForEvent('download', { timeout: 60_000 }), b.page.locator('#print-pdf').click()]);
      await download.path();
      const ms = await b.page.evaluate(() => (window as W).__appaPdfMs!);
      // The first run also fetches and compiles the pdf-lib chunk; it is reported, not hidden.
      out.push(ms);
    }
  } finally {
    await b.close();
  }
  return out;
}

/** What the sheets (SVG chunks) and the PDF fonts add to the service worker's precache. */
function precacheBytes(): { sheets: number; fonts: number; code: number } {
  const dir = join(DIST, 'assets');
  const ids = manifest.sheets.map((s) => s.id);
  let sheets = 0;
  let fonts = 0;
  let code = 0;
  for (const f of readdirSync(dir)) {
    const size = statSync(join(dir, f)).size;
    if (f.startsWith('coloring-pdf-')) fonts += size;
    else if (/^(catalog-screen|sheet-screen|gallery-screen|print-screen|pdf)-/.test(f)) code += size;
    else if (f.endsWith('.js') && size < 64_000) {
      // A sheet's chunk is the SVG text itself: recognised by its data-sheet mark, not its file name.
      const text = readFileSync(join(dir, f), 'utf8');
      if (ids.some((id) => text.includes(`data-sheet=\\"${id}\\"`) || text.includes(`data-sheet="${id}"`))) sheets += size;
    }
  }
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  if (!/coloring-pdf-regular/.test(sw)) throw new Error('the PDF font is not in the precache list');
  return { sheets, fonts, code };
}

export async function run(): Promise<BenchResult[]> {
  const server = await startServer();
  try {
    const open = await openToColorable(server.url);
    const lag = await fillLag(server.url);
    const pdf = await pdfAllDetailed(server.url);
    const bytes = precacheBytes();
    const lagResult = summarize('coloring-fill-lag-cpu4x', 'ms', lag, { target: 50, note: 'p95 is the judged figure: pointerdown → next animation frame, CPU throttled 4×' });
    return [
      summarize('coloring-open-sheet', 'ms', open, { target: 200, note: 'median, catalog tap → sheet colorable, 16 detailed sheets' }),
      lagResult,
      summarize('coloring-pdf-16-detailed', 'ms', pdf, { target: 5000, note: 'in-browser PDF of all sixteen detailed sheets (A4); first run includes loading pdf-lib' }),
      summarize('coloring-precache-bytes', 'bytes', [bytes.sheets + bytes.fonts], {
        target: 1.5 * 1024 * 1024,
        note: `sheets ${bytes.sheets} + PDF fonts ${bytes.fonts}; coloring code chunks ${bytes.code} more`,
      }),
    ];
  } finally {
    await server.close();
  }
}
