import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, startServer, waitForFirstFrame, type Browser, type TestServer } from './harness.ts';
import { completedEvents, playToBridge } from './games-a-helpers.ts';

/**
 * Games 1–4, every screen age band, from the game list to the bridge card and the done screen, by real
 * pointer input on the canvas: body-match and face-mirror on a phone (touch), freeze-haechi and
 * han-river-hunt on a tablet (mouse). Each round ends on its level's targets, never on a clock.
 */
const ROUNDS: Array<{ game: string; bands: string[]; device: 'phone' | 'tablet' }> = [
  { game: 'body-match', bands: ['3-5', '6-7'], device: 'phone' },
  { game: 'face-mirror', bands: ['3-5', '6-7', '8-12'], device: 'phone' },
  { game: 'freeze-haechi', bands: ['3-5', '6-7', '8-12'], device: 'tablet' },
  { game: 'han-river-hunt', bands: ['3-5', '6-7', '8-12'], device: 'tablet' },
];

describe('games 1–4 played through in Chromium', () => {
  let server: TestServer;
  const browsers: Partial<Record<'phone' | 'tablet', Browser>> = {};

  beforeAll(async () => {
    server = await startServer();
    browsers.phone = await openBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true });
    browsers.tablet = await openBrowser({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await browsers.phone?.close();
    await browsers.tablet?.close();
    await server?.close();
  });

  for (const r of ROUNDS) {
    for (const band of r.bands) {
      it(`${r.game}, ${band}, on a ${r.device}: list → intro → play → bridge → done → activity-completed`, async () => {
        const page = browsers[r.device]!.page;
        await page.goto(`${server.url}/play`);
        await page.locator(`.play-bands [data-band="${band}"]`).click();
        await page.locator(`a.game-card[data-game="${r.game}"]`).click();
        await page.locator('.game-intro .dad-card').waitFor();
        await page.evaluate(() => delete (window as unknown as { __appaFirstFrame?: number }).__appaFirstFrame);
        await page.locator('.level-band.chosen a.level-card').first().click();
        await page.locator('.dad-strip .dad-line').waitFor();
        await waitForFirstFrame(page);
        const levelId = new URL(page.url()).pathname.split('/').pop();
        const taps = await playToBridge(page, r.game, r.device === 'phone');
        expect(taps).toBeGreaterThan(0);
        // Nothing is recorded until the calm end: the bridge card first.
        expect(await completedEvents(page)).toEqual([]);
        await page.locator('[data-action=bridge-done]').click();
        await page.locator('.done-card').waitFor();
        const done = await completedEvents(page);
        expect(done).toHaveLength(1);
        expect(done[0]).toMatchObject({ kind: 'game', gameId: r.game, levelId, ageBand: band });
        expect(done[0]!.seconds).toBeGreaterThan(0);
        // The canvas is gone: no game keeps running behind the end screen.
        await expect.poll(() => page.locator('canvas').count()).toBe(0);
      });
    }
  }
});
