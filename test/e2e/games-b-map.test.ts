import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { serverAndBrowser } from './suite.ts';
import { FRAME_STRIP, expectNoAxe, finishAndCheck, openLevel, playToBridge } from './games-b-play.ts';

/** The PDF's pages and the size of the first, read from the file itself. */
function pdfPages(pdf: Buffer): { pages: number; width: number; height: number } {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return { pages, width: Number(box?.[1] ?? 0), height: Number(box?.[2] ?? 0) };
}

/** 서울 나들이 지도 in every band, ending in a one-page outing plan that prints on A4 and Letter. */
describe('서울 나들이 지도 in Chromium', () => {
  const { server, b } = serverAndBrowser();

  for (const [levelId, band, stops] of [
    ['first-trip', '3-5', 3],
    ['city-explorer', '6-7', 4],
    ['route-planner', '8-12', 5],
  ] as const) {
    it(`plans ${levelId} (${band}) by tap-then-tap and prints the plan on one page`, async () => {
      await openLevel(b.page, server.url, 'seoul-map', levelId, band);
      if (band === '3-5') {
        // The map never moves: it is painted once into the picture behind the canvas (with the paper),
        // so the renderer does not draw it every frame. The picture must really carry the map's river.
        const blue = await b.page.evaluate(async () => {
          const canvas = document.querySelector('.game-stage canvas') as HTMLCanvasElement;
          for (let i = 0; i < 100 && !canvas.style.backgroundImage.includes('blob:'); i++) await new Promise((r) => setTimeout(r, 50));
          const url = /url\("?([^")]+)"?\)/.exec(canvas.style.backgroundImage)?.[1];
          if (!url) return -1;
          const bmp = await createImageBitmap(await (await fetch(url)).blob());
          const c = new OffscreenCanvas(bmp.width, bmp.height);
          const ctx = c.getContext('2d')!;
          ctx.drawImage(bmp, 0, 0);
          const px = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
          let river = 0;
          for (let k = 0; k < px.length; k += 4 * 7) if (px[k + 2]! > 170 && px[k]! < 110) river++;
          return river / (px.length / (4 * 7));
        });
        expect(blue, 'share of river-blue pixels in the backdrop').toBeGreaterThan(0.01);
      }
      if (band === '6-7') {
        await expectNoAxe(b.page, 'seoul-map play screen', FRAME_STRIP);
        // A far tap with a sticker picked is answered with a direction, never a fail.
        const t = await b.page.evaluate(() => (window as unknown as { __appaGame: { targets(): Array<{ id: string; x: number; y: number }> } }).__appaGame.targets());
        const sticker = t.find((x) => x.id === 'sticker-lotte-tower')!;
        await b.page.mouse.click(sticker.x, sticker.y);
        const west = t.find((x) => x.id === 'spot-63-building')!;
        await b.page.mouse.click(west.x, west.y);
        await expect.poll(() => b.page.locator('.dad-say, .dad-line').allTextContents().then((x) => x.join(' '))).toMatch(/오른쪽|해가 뜨는/);
      }
      let printed = false;
      await playToBridge(b.page, {
        onPlan: async () => {
          const plan = b.page.locator('.map-plan');
          expect(await plan.locator('.plan-stop').count()).toBe(stops);
          await expectNoAxe(b.page, `seoul-map plan (${levelId})`, FRAME_STRIP);
          // On paper only the plan shows, nothing of the play screen behind it.
          await b.page.emulateMedia({ media: 'print' });
          expect(await b.page.locator('.game-screen').evaluate((el) => getComputedStyle(el.closest('body > *') as Element).display)).toBe('none');
          await b.page.emulateMedia({ media: null });
          for (const format of ['A4', 'Letter'] as const) {
            const pdf = await b.page.pdf({ format, printBackground: true });
            const info = pdfPages(pdf);
            expect(info.pages, `${levelId} on ${format}`).toBe(1);
            if (format === 'A4') {
              expect(info.width).toBeCloseTo(595, -1);
              expect(info.height).toBeCloseTo(842, -1);
            } else {
              expect(info.width).toBeCloseTo(612, -1);
              expect(info.height).toBeCloseTo(792, -1);
            }
            if (process.env.GAMES_B_PDF_DIR) writeFileSync(`${process.env.GAMES_B_PDF_DIR}/plan-${levelId}-${format}.pdf`, pdf);
          }
          printed = true;
          await b.page.locator('[data-action="plan-close"]').click();
          await expect.poll(() => b.page.locator('.map-plan').count()).toBe(0);
        },
      });
      expect(printed).toBe(true);
      await finishAndCheck(b.page, 'seoul-map', levelId, band);
    }, 150_000);
  }
});
