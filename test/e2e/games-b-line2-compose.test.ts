import { describe, expect, it } from 'vitest';
import { serverAndBrowser } from './suite.ts';
import { finishAndCheck, openLevel, playToBridge } from './games-b-play.ts';

/** 2호선 리듬 기차, 8–12: the child makes up a rhythm on the bell, dad copies it on the drum. */
describe('2호선 리듬 기차 (compose) in Chromium', () => {
  const { server, b } = serverAndBrowser();

  for (const [levelId, band] of [
    ['my-rhythm', '8-12'],
  ] as const) {
    it(`rides ${levelId} (${band}) from the game list to the bridge card`, async () => {
      await openLevel(b.page, server.url, 'line2-rhythm', levelId, band);
      // Before the child has made up a rhythm, the drum is not dad's yet: the bell is what to tap.
      expect(await b.page.evaluate(() => (window as unknown as { __appaGame: { correct(): string | null } }).__appaGame.correct())).toBe('bell');
      const log = await playToBridge(b.page);
      // Every station needs its whole phrase: 6 stations × at least two taps.
      expect(log.taps).toBeGreaterThanOrEqual(12);
      await finishAndCheck(b.page, 'line2-rhythm', levelId, band);
    }, 150_000);
  }
});
