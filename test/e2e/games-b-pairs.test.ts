import { describe, expect, it } from 'vitest';
import { serverAndBrowser } from './suite.ts';
import { FRAME_STRIP, expectNoAxe, finishAndCheck, openLevel, playToBridge } from './games-b-play.ts';

/** 서울숲 나비 짝맞추기 in every band: father and child take turns, and win together. */
describe('서울숲 나비 짝맞추기 in Chromium', () => {
  const { server, b } = serverAndBrowser();

  for (const [gameId, levelId, band] of [
    ['butterfly-pairs', 'garden-small', '3-5'],
    ['butterfly-pairs', 'garden-more', '6-7'],
    ['butterfly-pairs', 'pattern-detective', '8-12'],
  ] as const) {
    it(`plays ${gameId} ${levelId} (${band}) from the game list to the bridge card`, async () => {
      await openLevel(b.page, server.url, gameId, levelId, band);
      if (band === '3-5') await expectNoAxe(b.page, `${gameId} play screen`, FRAME_STRIP);
      const log = await playToBridge(b.page);
      expect(log.taps).toBeGreaterThan(3);
      await finishAndCheck(b.page, gameId, levelId, band);
    }, 150_000);
  }

  it('takes turns in butterfly pairs: the turn passes after every two cards', async () => {
    await openLevel(b.page, server.url, 'butterfly-pairs', 'garden-small', '3-5');
    const hook = (): Promise<{ correct: string | null; targets: Array<{ id: string; x: number; y: number }> }> =>
      b.page.evaluate(() => {
        const g = (window as unknown as { __appaGame: { correct(): string | null; targets(): Array<{ id: string; x: number; y: number }> } }).__appaGame;
        return { correct: g.correct(), targets: g.targets() };
      });
    const first = await hook();
    const a = first.targets.find((t) => t.id === first.correct)!;
    await b.page.mouse.click(a.x, a.y);
    // Not its partner: any other card, so the pair does not match.
    const next = await hook();
    const wrong = next.targets.find((t) => t.id !== next.correct && t.id !== a.id)!;
    await b.page.mouse.click(wrong.x, wrong.y);
    // After a look at the two different wings they turn back and the picture (and dad's line) says: dad's turn.
    await expect.poll(() => b.page.locator('.dad-line').textContent(), { timeout: 20_000 }).toContain('아빠 차례');
  });
});
