import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leastTarget, openBrowser, smallestTarget, startServer, waitForFirstFrame, type Browser, type TestServer } from './harness.ts';

interface Target {
  id: string;
  x: number;
  y: number;
}

/** Where the scene says the thing to tap now is (page CSS px), or null when nothing should be tapped. */
export async function correctTarget(page: Page): Promise<Target | null> {
  return page.evaluate(() => {
    const g = (window as unknown as { __appaGame?: { correct(): string | null; targets(): Target[] } }).__appaGame;
    if (!g) return null;
    const id = g.correct();
    return id ? (g.targets().find((t) => t.id === id) ?? null) : null;
  });
}

export async function allTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => (window as unknown as { __appaGame?: { targets(): Target[] } }).__appaGame?.targets() ?? []);
}

/** A real press on the canvas: touch on touch devices, the mouse elsewhere. */
export async function press(page: Page, x: number, y: number, touch: boolean): Promise<void> {
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

async function hits(page: Page): Promise<number> {
  return Number((await page.locator('.game-screen').getAttribute('data-hits')) ?? 0);
}

async function atBridge(page: Page): Promise<boolean> {
  return (await page.locator('.bridge-card').count()) > 0;
}

/** Dad answers whatever the frame asks of him (his question pause, a pause). */
async function dadAnswers(page: Page): Promise<boolean> {
  const go = page.locator('.play-overlay:not([hidden]) .overlay-go');
  if (await go.count()) {
    await go.click();
    return true;
  }
  return false;
}

/**
 * Plays a round to its bridge card by tapping what the scene asks for, one success at a time.
 * 멈춰! 해치 needs dad too: a few hops, then his drum, then his music button (the child held still).
 */
export async function playToBridge(page: Page, gameId: string, touch: boolean): Promise<number> {
  let taps = 0;
  const least = leastTarget(page.viewportSize());
  for (let guard = 0; guard < 120 && !(await atBridge(page)); guard++) {
    if (await dadAnswers(page)) continue;
    // Every target the child may tap, at every step, is big enough for a small finger.
    const small = await smallestTarget(page);
    if (small) expect(small.size, `${gameId}: target ${small.id}`).toBeGreaterThanOrEqual(least);
    const before = await hits(page);
    if (gameId === 'freeze-haechi') {
      const t = await correctTarget(page);
      if (t) {
        await press(page, t.x, t.y, touch);
        await press(page, t.x + 4, t.y, touch);
        taps += 2;
      }
      const freeze = page.locator('.dad-strip [data-action=freeze]');
      if (await freeze.count()) await freeze.click();
      const music = page.locator('.dad-strip [data-action=music]');
      await music.waitFor({ timeout: 5000 }).catch(() => undefined);
      if (await music.count()) await music.click();
    } else {
      const t = await correctTarget(page);
      if (!t) {
        await page.waitForFunction(() => (window as unknown as { __appaGame?: { correct(): string | null } }).__appaGame?.correct() != null || document.querySelector('.bridge-card') || document.querySelector('.play-overlay:not([hidden])'), undefined, { timeout: 10_000 });
        continue;
      }
      await press(page, t.x, t.y, touch);
      taps += 1;
    }
    // The round moves on: a success counted, the bridge, dad's pause, or (two-part steps) the next part.
    await page
      .waitForFunction(
        (b) => Number(document.querySelector('.game-screen')?.getAttribute('data-hits') ?? 0) > b || !!document.querySelector('.bridge-card') || !!document.querySelector('.play-overlay:not([hidden])'),
        before,
        { timeout: 1500 },
      )
      .catch(() => undefined);
  }
  expect(await atBridge(page)).toBe(true);
  return taps;
}

export interface Completed {
  kind: string;
  gameId: string;
  levelId: string;
  ageBand: string;
  seconds: number;
}

export async function completedEvents(page: Page): Promise<Completed[]> {
  return page.evaluate(() =>
    ((window as unknown as { __appaEvents?: Array<{ name: string; detail: Completed }> }).__appaEvents ?? []).filter((e) => e.name === 'activity-completed').map((e) => e.detail),
  );
}


/**
 * Games 1–4, every screen age band, from the game list to the bridge card and the done screen, by real
 * pointer input on the canvas: body-match and face-mirror on a phone (touch), freeze-haechi and
 * han-river-hunt on a tablet (mouse). Each round ends on its level's targets, never on a clock.
 */

export function playThrough(title: string, ROUNDS: Array<{ game: string; bands: string[]; device: 'phone' | 'tablet' }>): void {
describe(title, () => {
  let server: TestServer;
  const browsers: Partial<Record<'phone' | 'tablet', Browser>> = {};

  beforeAll(async () => {
    server = await startServer();
    const devices = new Set(ROUNDS.map((r) => r.device));
    if (devices.has('phone')) browsers.phone = await openBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true });
    if (devices.has('tablet')) browsers.tablet = await openBrowser({ viewport: { width: 1280, height: 800 } });
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
}
