import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axe, describeViolations, openBrowser, startServer, waitForOfflineReady, type Browser, type TestServer } from './harness.ts';

/** A screen point that hits the area itself (not a shape drawn over it), found by asking the page. */
async function pointOnArea(page: Page, area: string): Promise<{ x: number; y: number }> {
  const pt = await page.evaluate((id) => {
    const el = document.querySelector(`.color-svg path[data-area="${id}"]`);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    for (let i = 1; i < 12; i++)
      for (let j = 1; j < 12; j++) {
        const x = r.left + (r.width * i) / 12;
        const y = r.top + (r.height * j) / 12;
        if (document.elementFromPoint(x, y) === el) return { x, y };
      }
    return null;
  }, area);
  if (!pt) throw new Error(`no visible point on area ${area}`);
  return pt;
}

async function fillOf(page: Page, area: string): Promise<string | null> {
  return page.getAttribute(`.color-svg path[data-area="${area}"]`, 'fill');
}

function pdfInfo(file: string): { pages: number; size: string } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]), size: /Page size:\s+(.*)/.exec(out)?.[1] ?? '' };
}

/** Page size in points, within a point of the paper (Chromium rounds A4 to whole CSS pixels). */
function expectSize(size: string, w: number, h: number): void {
  const m = /^([\d.]+) x ([\d.]+) pts/.exec(size);
  expect(m, size).not.toBeNull();
  expect(Math.abs(Number(m?.[1]) - w), size).toBeLessThan(1);
  expect(Math.abs(Number(m?.[2]) - h), size).toBeLessThan(1);
}

/** Share of dark pixels on a rendered page (pdftoppm, grayscale PGM). */
function inkShare(pdf: string, page: number, dir: string): number {
  const base = join(dir, `p${page}`);
  execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', String(page), '-l', String(page), '-singlefile', pdf, base]);
  const buf = readFileSync(`${base}.pgm`);
  // Header: "P5\n<w> <h>\n255\n"
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const pixels = buf.subarray(header[0].length);
  let dark = 0;
  for (const v of pixels) if (v < 128) dark++;
  return dark / pixels.length;
}

describe('coloring pages in Chromium', () => {
  let server: TestServer;
  let b: Browser;
  let dir: string;

  beforeAll(async () => {
    server = await startServer();
    b = await openBrowser({ viewport: { width: 1280, height: 800 }, hasTouch: true });
    dir = mkdtempSync(join(tmpdir(), 'appa-coloring-'));
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists the sheets of the chosen age band and passes axe', async () => {
    await b.page.goto(`${server.url}/coloring`);
    await b.page.locator('.sheet-card').first().waitFor();
    await b.page.locator('.chip[data-band="0-2"]').click();
    await expect.poll(() => b.page.locator('.sheet-card').count()).toBe(16);
    const ids = await b.page.$$eval('.sheet-card', (els) => els.map((e) => e.getAttribute('data-sheet') ?? ''));
    expect(ids.every((id) => id.endsWith('-simple'))).toBe(true);
    await b.page.locator('.chip[data-band="6-7"]').click();
    await expect.poll(() => b.page.locator('.sheet-card').count()).toBe(17);
    await b.page.locator('.sheet-card svg').first().waitFor();
    const v = await axe(b.page);
    expect(v, describeViolations(v)).toEqual([]);
  });

  it('colors three areas by tapping, keeps them offline after a reload, and passes axe', async () => {
    await b.page.goto(`${server.url}/coloring/n-seoul-tower-simple`);
    await b.page.locator('.color-svg').waitFor();
    await waitForOfflineReady(b.page);
    const picks: Array<[string, string, string]> = [
      ['hill', 'green', '#7BC86C'],
      ['tower-shaft', 'red', '#E0533D'],
      ['sun', 'yellow', '#F5B942'],
    ];
    for (const [area, swatch] of picks) {
      await b.page.locator(`.swatch[data-color="${swatch}"]`).tap();
      const { x, y } = await pointOnArea(b.page, area);
      await b.page.touchscreen.tap(x, y);
    }
    for (const [area, , hex] of picks) expect(await fillOf(b.page, area)).toBe(hex);
    const v = await axe(b.page);
    expect(v, describeViolations(v)).toEqual([]);

    await b.context.setOffline(true);
    await b.page.reload();
    await b.page.locator('.color-svg').waitFor();
    for (const [area, , hex] of picks) await expect.poll(() => fillOf(b.page, area)).toBe(hex);

    // Still offline: the catalog card shows the unfinished picture in its colors.
    await b.page.locator('.color-back').click();
    await b.page.locator('.chip[data-band="3-5"]').click();
    const card = b.page.locator('.sheet-card[data-sheet="n-seoul-tower-simple"] path[data-area="tower-shaft"]');
    await expect.poll(() => card.getAttribute('fill')).toBe('#E0533D');
    await b.page.locator('.chip[data-band="6-7"]').click();
    await b.page.goto(`${server.url}/coloring/n-seoul-tower-simple`);
    await b.page.locator('.color-svg').waitFor();
    await b.context.setOffline(false);
  });

  it('undoes, erases and colors with the keyboard', async () => {
    const { x, y } = await pointOnArea(b.page, 'cable-car');
    await b.page.locator('.swatch[data-color="blue"]').click();
    await b.page.mouse.click(x, y);
    expect(await fillOf(b.page, 'cable-car')).toBe('#3D8BD9');
    await b.page.getByRole('button', { name: '되돌리기' }).click();
    expect(await fillOf(b.page, 'cable-car')).toBe('#FFFFFF');
    await b.page.getByRole('button', { name: '지우개' }).click();
    const hill = await pointOnArea(b.page, 'hill');
    await b.page.mouse.click(hill.x, hill.y);
    expect(await fillOf(b.page, 'hill')).toBe('#FFFFFF');
    await b.page.getByRole('button', { name: '되돌리기' }).click();
    expect(await fillOf(b.page, 'hill')).toBe('#7BC86C');

    await b.page.locator('.swatch[data-color="purple"]').click();
    await b.page.locator('.color-svg path[data-area="background"]').focus();
    await b.page.keyboard.press('ArrowRight');
    await b.page.keyboard.press('Enter');
    const second = await b.page.$$eval('.color-svg path[data-area]', (els) => els[1]?.getAttribute('data-area') ?? '');
    expect(await fillOf(b.page, second)).toBe('#8E6CCF');
    await b.page.keyboard.press('ArrowLeft');
    await b.page.keyboard.press(' ');
    expect(await fillOf(b.page, 'background')).toBe('#8E6CCF');
  });

  it('keeps the picture on screen with a clear message when storage is full', async () => {
    await b.page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      (window as unknown as { __realPut: typeof put }).__realPut = put;
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await b.page.locator('.swatch[data-color="orange"]').click();
    const { x, y } = await pointOnArea(b.page, 'cable-car');
    await b.page.mouse.click(x, y);
    const alert = b.page.locator('.color-alert');
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.textContent()).toContain('저장 공간이 가득');
    expect(await fillOf(b.page, 'cable-car')).toBe('#F08A3C');
    await b.page.evaluate(() => {
      IDBObjectStore.prototype.put = (window as unknown as { __realPut: typeof IDBObjectStore.prototype.put }).__realPut;
    });
    // The next change saves again and the message goes away.
    await b.page.locator('.swatch[data-color="pink"]').click();
    await b.page.mouse.click(x, y);
    await expect.poll(() => alert.isVisible()).toBe(false);
  });

  it('finishing emits activity-completed and the picture shows in the gallery', async () => {
    await b.page.getByRole('button', { name: '다 했어요' }).click();
    await b.page.locator('.done-msg').waitFor();
    const events = await b.page.evaluate(() => (window as unknown as { __appaEvents?: Array<{ name: string; detail: Record<string, unknown> }> }).__appaEvents ?? []);
    const done = events.find((e) => e.name === 'activity-completed');
    expect(done?.detail).toMatchObject({ kind: 'sheet', sheetId: 'n-seoul-tower-simple', ageBand: '6-7' });
    expect(typeof done?.detail.seconds).toBe('number');

    await b.page.goto(`${server.url}/coloring/gallery`);
    await b.page.locator('.gallery-item svg').first().waitFor();
    expect(await b.page.locator('.gallery-item').count()).toBe(1);
    expect(await b.page.locator('.gallery-item path[data-area="tower-shaft"]').getAttribute('fill')).toBe('#E0533D');
    const v = await axe(b.page);
    expect(v, describeViolations(v)).toEqual([]);

    // The artwork prints in its colors; a blank sheet beside it in black lines only.
    await b.page.locator('.gallery-item a', { hasText: '인쇄' }).click();
    await b.page.locator('.sheet-preview').first().waitFor();
    await b.page.locator('.print-list input[value="haechi-detailed"]').check();
    await expect.poll(() => b.page.$$eval('body > .sheet', (els) => els.length)).toBe(2);
    expect(await b.page.getAttribute('body > .sheet[data-sheet="n-seoul-tower-simple"] path[data-area="tower-shaft"]', 'fill')).toBe('#E0533D');
    const blank = await b.page.$$eval('body > .sheet[data-sheet="haechi-detailed"] g', (gs) => gs.map((g) => g.getAttribute('stroke')));
    expect(blank.every((s) => s === '#000000')).toBe(true);
  });

  it('prints a pack of three sheets, one per page, on A4 and on US Letter', async () => {
    await b.page.goto(`${server.url}/coloring/print?sheets=haechi-simple,ddp-detailed,seoul-map`);
    await b.page.locator('.sheet-preview').nth(2).waitFor();
    const v = await axe(b.page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(await b.page.$$eval('body > .sheet', (els) => els.length)).toBe(3);

    const a4 = join(dir, 'a4.pdf');
    await b.page.pdf({ path: a4, preferCSSPageSize: true, printBackground: true });
    const infoA4 = pdfInfo(a4);
    expect(infoA4.pages).toBe(3);
    expectSize(infoA4.size, 595.3, 841.9);
    expect(inkShare(a4, 3, dir)).toBeGreaterThan(0.02);

    await b.page.locator('input[name="paper"][value="letter"]').check();
    await expect.poll(() => b.page.evaluate(() => document.getElementById('coloring-page-size')?.textContent ?? '')).toContain('letter');
    const letter = join(dir, 'letter.pdf');
    await b.page.pdf({ path: letter, preferCSSPageSize: true, printBackground: true });
    const infoL = pdfInfo(letter);
    expect(infoL.pages).toBe(3);
    expectSize(infoL.size, 612, 792);
    const text = execFileSync('pdftotext', [letter, '-'], { encoding: 'utf8' });
    expect(text).toContain('해치');
    expect(text).toContain('아빠와 이야기해요');
  });

  it('"all of this age" chooses every sheet of the band', async () => {
    await b.page.locator('.coloring-print .chip', { hasText: '0–2세' }).click();
    await b.page.locator('#print-all-age').click();
    await expect.poll(() => b.page.$$eval('body > .sheet', (els) => els.length)).toBe(16 + 2);
    await b.page.getByRole('button', { name: '고른 그림 없음' }).click();
    await expect.poll(() => b.page.$$eval('body > .sheet', (els) => els.length)).toBe(0);
  });

  it('makes a PDF on the device while offline, with the text embedded', async () => {
    await b.page.goto(`${server.url}/coloring/print?sheets=haechi-simple,ddp-detailed,seoul-map&paper=a4`);
    await b.page.locator('.sheet-preview').nth(2).waitFor();
    await b.context.setOffline(true);
    const [download] = await Promise.all([b.page.waitForEvent('download', { timeout: 60_000 }), b.page.locator('#print-pdf').click()]);
    const file = join(dir, 'made.pdf');
    await download.saveAs(file);
    await b.context.setOffline(false);
    const info = pdfInfo(file);
    expect(info.pages).toBe(3);
    expectSize(info.size, 595.3, 841.9);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    for (const s of ['해치', 'DDP 동대문디자인플라자', '아빠와 서울 나들이', '아빠와 이야기해요', '우리 가족', '예술경험']) expect(text).toContain(s);
    for (const p of [1, 2, 3]) expect(inkShare(file, p, dir)).toBeGreaterThan(0.02);
    expect(await b.page.locator('.print-status').textContent()).toContain('PDF');
  });

  it('fits a phone: whole sheet and palette on screen, big enough targets, axe clean', async () => {
    const phone = await openBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true });
    try {
      await phone.page.goto(`${server.url}/coloring/gyeongbokgung-simple`);
      await phone.page.locator('.color-svg').waitFor();
      const art = (await phone.page.locator('.color-svg').boundingBox())!;
      expect(art.width).toBeGreaterThan(340);
      expect(art.y + art.height).toBeLessThan(844);
      const sw = await phone.page.$$eval('.swatch', (els) => els.map((e) => e.getBoundingClientRect()));
      expect(sw).toHaveLength(12);
      for (const r of sw) expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(48);
      expect(Math.max(...sw.map((r) => r.bottom))).toBeLessThan(844);
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await phone.page.locator('.swatch[data-color="blue"]').tap();
      const { x, y } = await pointOnArea(phone.page, 'roof-upper');
      await phone.page.touchscreen.tap(x, y);
      expect(await fillOf(phone.page, 'roof-upper')).toBe('#3D8BD9');
      const v = await axe(phone.page);
      expect(v, describeViolations(v)).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('deletes a picture from the gallery only after a press and hold', async () => {
    await b.page.goto(`${server.url}/coloring/gallery`);
    const del = b.page.locator('.gallery-item .hold-btn');
    await del.waitFor();
    await del.click(); // a quick tap does nothing
    expect(await b.page.locator('.gallery-item').count()).toBe(1);
    const box = (await del.boundingBox())!;
    await b.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await b.page.mouse.down();
    await b.page.locator('.gallery-empty').waitFor({ timeout: 5000 });
    await b.page.mouse.up();
    await b.page.reload();
    await b.page.locator('.gallery-empty').waitFor();
  });
});
