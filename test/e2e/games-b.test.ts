import { describe, expect, it } from 'vitest';
import { serverAndBrowser } from './suite.ts';
import { FRAME_STRIP, expectNoAxe, finishAndCheck, openLevel, playToBridge } from './games-b-play.ts';

/** 높이 높이 탑 쌓기 in every band, and the 0–2 dad cards of all four games 5–8. */
describe('높이 높이 탑 쌓기 and the 0–2 cards of games 5–8 in Chromium', () => {
  const { server, b } = serverAndBrowser();

  for (const [gameId, levelId, band] of [
    ['tower-stack', 'small-tower', '3-5'],
    ['tower-stack', 'sky-tower', '6-7'],
  ] as const) {
    it(`plays ${gameId} ${levelId} (${band}) from the game list to the bridge card`, async () => {
      await openLevel(b.page, server.url, gameId, levelId, band);
      if (band === '3-5') await expectNoAxe(b.page, `${gameId} play screen`, FRAME_STRIP);
      const log = await playToBridge(b.page);
      expect(log.taps).toBeGreaterThan(3);
      await finishAndCheck(b.page, gameId, levelId, band);
    }, 150_000);
  }

  it('tower blocks drop only when dad and the child both tap', async () => {
    await openLevel(b.page, server.url, 'tower-stack', 'small-tower', '3-5');
    const t = await b.page.evaluate(() => (window as unknown as { __appaGame: { targets(): Array<{ id: string; x: number; y: number }> } }).__appaGame.targets());
    const dad = t.find((x) => x.id === 'dad-hand')!;
    await b.page.mouse.click(dad.x, dad.y);
    await expect.poll(() => b.page.evaluate(() => (window as unknown as { __appaGame: { correct(): string | null } }).__appaGame.correct())).toBe('child-hand');
    await expect.poll(() => b.page.locator('.dad-line').textContent()).toContain('아이가 누를 때까지');
  });

  for (const gameId of ['line2-rhythm', 'seoul-map', 'butterfly-pairs', 'tower-stack']) {
    it(`offers ${gameId}'s 0–2 dad cards from the list and records one done`, async () => {
      await b.page.goto(`${server.url}/play`);
      await b.page.locator('.band-chip[data-band="0-2"]').click();
      await b.page.locator(`a.game-card[data-game="${gameId}"]`).click();
      await b.page.locator('.play-card').first().waitFor();
      if (gameId === 'line2-rhythm') await expectNoAxe(b.page, 'dad cards');
      await b.page.locator('.play-card [data-action="done"]').first().click();
      const events = await b.page.evaluate(() => (window as unknown as { __appaEvents: Array<{ name: string; detail: Record<string, unknown> }> }).__appaEvents);
      expect(events.filter((e) => e.name === 'activity-completed' && e.detail.gameId === gameId && e.detail.ageBand === '0-2')).toHaveLength(1);
    });
  }
});
