import { describe, expect, it } from 'vitest';
import { serverAndBrowser } from './suite.ts';
import { FRAME_STRIP, expectNoAxe, finishAndCheck, openLevel, playToBridge } from './games-b-play.ts';

/** 2호선 리듬 기차, 3–5 and 6–7 (8–12 is in games-b-line2-compose.test.ts, to keep each file short). */
describe('2호선 리듬 기차 in Chromium', () => {
  const { server, b } = serverAndBrowser();

  for (const [levelId, band] of [
    ['ride-slow', '3-5'],
    ['echo-ride', '6-7'],
  ] as const) {
    it(`rides ${levelId} (${band}) from the game list to the bridge card`, async () => {
      await openLevel(b.page, server.url, 'line2-rhythm', levelId, band);
      if (band === '3-5') {
        await expectNoAxe(b.page, 'line2-rhythm play screen', FRAME_STRIP);
        // A tap on the bell while it is dad's turn costs nothing: the train waits.
        const bell = await b.page.evaluate(() => (window as unknown as { __appaGame: { targets(): Array<{ id: string; x: number; y: number }> } }).__appaGame.targets().find((t) => t.id === 'bell'));
        await b.page.mouse.click(bell!.x, bell!.y);
        expect(await b.page.evaluate(() => (window as unknown as { __appaGame: { correct(): string | null } }).__appaGame.correct())).toBe('drum');
      }
      const log = await playToBridge(b.page);
      // Every station needs its whole phrase: 6 stations × at least two taps.
      expect(log.taps).toBeGreaterThanOrEqual(12);
      await finishAndCheck(b.page, 'line2-rhythm', levelId, band);
    }, 150_000);
  }
});
