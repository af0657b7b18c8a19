import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, describeViolations, leastTarget, openBrowser, smallestTarget, startServer, waitForFirstFrame, type Browser, type TestServer } from './harness.ts';
import { allTargets, completedEvents, correctTarget, playToBridge } from './games-a-helpers.ts';

/** The co-play frame around every game: list, intro, 0–2 cards, dad's strip, pauses, bridge, done. */
describe('the games frame in Chromium', () => {
  let server: TestServer;
  let b: Browser;
  const requested: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    b = await openBrowser({ viewport: { width: 1280, height: 800 } });
    // Scripts the page runs; the idle-time <link rel="prefetch"> of the Phaser chunk only warms the cache.
    b.page.on('request', (r) => {
      if (r.resourceType() === 'script') requested.push(new URL(r.url()).pathname);
    });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  const noViolations = async (where: string): Promise<void> => {
    const v = await axe(b.page);
    expect(v, `${where}: ${describeViolations(v)}`).toEqual([]);
  };

  it('lists the games for the chosen band without running Phaser, and passes axe', async () => {
    await b.page.goto(server.url);
    await b.page.locator('a.tile[href="/play"]').click();
    await b.page.locator('a.game-card').first().waitFor();
    for (const id of ['body-match', 'face-mirror', 'freeze-haechi', 'han-river-hunt']) expect(await b.page.locator(`a.game-card[data-game="${id}"]`).count()).toBe(1);
    expect(await b.page.locator('canvas').count()).toBe(0);
    expect(requested.filter((p) => /\/assets\/phaser-.*\.js$/.test(p))).toEqual([]);
    await noViolations('list');
    // 0–2: dad's card decks instead of screen play.
    await b.page.locator('.play-bands [data-band="0-2"]').click();
    expect(await b.page.locator('a.game-card[data-game="face-mirror"]').getAttribute('href')).toBe('/play/face-mirror/cards');
    await noViolations('list 0-2');
    await b.page.locator('.play-bands [data-band="3-5"]').click();
  });

  it("gives dad a 0–2 card deck with his own timer, and records a card he played", async () => {
    await b.page.goto(`${server.url}/play/freeze-haechi/cards`);
    const card = b.page.locator('.play-card').first();
    await card.waitFor();
    await noViolations('cards');
    const before = await card.locator('.timer-display').textContent();
    await card.locator('[data-action=timer]').click();
    await expect.poll(() => card.locator('.timer-display').textContent(), { timeout: 10_000 }).not.toBe(before);
    await card.locator('[data-action=done]').click();
    const done = await completedEvents(b.page);
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ kind: 'game', gameId: 'freeze-haechi', ageBand: '0-2', levelId: 'card-bounce-and-stop' });
    expect(await card.locator('[data-action=done]').isDisabled()).toBe(true);
  });

  it('shows the intro with the dad card and levels, and passes axe', async () => {
    await b.page.goto(`${server.url}/play/han-river-hunt?band=6-7`);
    await b.page.locator('.dad-card').waitFor();
    expect(await b.page.locator('.level-band.chosen h2').textContent()).toBe('6–7세');
    expect(await b.page.locator('.dad-say-list li').count()).toBeGreaterThan(0);
    await noViolations('intro');
  });

  it("plays with dad's strip: spoken prompt shown when there is no voice, a kind answer to a wrong tap, dad's question pause, the pause button, then bridge and done", async () => {
    await b.page.goto(`${server.url}/play/face-mirror/mirror-35?pace=quick`);
    await b.page.locator('.dad-strip .dad-line').waitFor();
    await waitForFirstFrame(b.page);
    // A round keeps the language it began in: no language switch (nor any other app control) shows during play.
    expect(await b.page.locator('#lang-select').isVisible()).toBe(false);
    // This Chromium has only software WebGL (--disable-gpu), so the host draws with Canvas 2D.
    expect(await b.page.evaluate(() => (window as unknown as { __appaGame: { renderer: string } }).__appaGame.renderer)).toBe('canvas');
    // Headless Chromium has no voices: the child's line is on the strip for dad to read aloud.
    await expect.poll(() => b.page.locator('.dad-say').isVisible()).toBe(true);
    expect(await b.page.locator('.dad-say').textContent()).toMatch(/읽어 주세요/);
    expect((await b.page.locator('.dad-line').textContent())?.length).toBeGreaterThan(5);

    // A wrong tap: a giggle, nothing taken away.
    const right = await correctTarget(b.page);
    const wrong = (await allTargets(b.page)).find((t) => t.id !== right?.id);
    expect(wrong).toBeTruthy();
    await b.page.mouse.click(wrong!.x, wrong!.y);
    await expect.poll(() => b.page.locator('.game-screen').getAttribute('data-misses')).toBe('1');
    expect(await b.page.locator('.game-screen').getAttribute('data-hits')).toBeNull();
    await noViolations('play');

    // Dad's question pause comes by itself and waits for him.
    const overlay = b.page.locator('.play-overlay.dad-pause:not([hidden])');
    await overlay.waitFor({ timeout: 30_000 });
    expect(await overlay.locator('.overlay-question').textContent()).toBeTruthy();
    await noViolations('dad pause');
    await overlay.locator('[data-action=dad-continue]').click();
    await expect.poll(() => b.page.locator('.play-overlay').isHidden()).toBe(true);

    // The pause button holds everything until dad resumes.
    await b.page.locator('.pause-btn').click();
    await b.page.locator('.play-overlay.paused:not([hidden])').waitFor();
    await noViolations('paused');
    await b.page.locator('[data-action=resume]').click();

    await playToBridge(b.page, 'face-mirror', false);
    await noViolations('bridge');
    await b.page.locator('[data-action=bridge-done]').click();
    await b.page.locator('.done-card').waitFor();
    await noViolations('done');
    expect(await completedEvents(b.page)).toHaveLength(1);
    // No automatic next round: only links back, no canvas, one start.
    expect(await b.page.locator('.done-card a').count()).toBe(2);
    await expect.poll(() => b.page.locator('canvas').count()).toBe(0);
    const starts = await b.page.evaluate(() => ((window as unknown as { __appaEvents?: Array<{ name: string }> }).__appaEvents ?? []).filter((e) => e.name === 'game-started').length);
    expect(starts).toBe(1);
  });

  it('on WebGL: survives a lost context and a turn of the tablet, takes the right tap, and plays to the end', async () => {
    // WebGL forced, as a tablet with a GPU gets it.
    await b.page.goto(`${server.url}/play/han-river-hunt/river-35?renderer=webgl`);
    await waitForFirstFrame(b.page);
    expect(await b.page.evaluate(() => (window as unknown as { __appaGame: { renderer: string } }).__appaGame.renderer)).toBe('webgl');
    // The browser takes the GPU away (a tab switch on a weak tablet) and gives it back.
    await b.page.evaluate(() => {
      const c = document.querySelector('canvas') as HTMLCanvasElement;
      const gl = (c.getContext('webgl2') ?? c.getContext('webgl')) as WebGLRenderingContext;
      (window as unknown as { __lose: WEBGL_lose_context | null }).__lose = gl.getExtension('WEBGL_lose_context');
      (window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext();
    });
    await expect.poll(() => b.page.locator('.game-screen [aria-live]').last().textContent()).toMatch(/다시 준비/);
    await b.page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await expect.poll(() => b.page.locator('.game-stage.context-lost').count()).toBe(0);
    // Portrait now: the scene lays itself out again with the same round.
    await b.page.setViewportSize({ width: 800, height: 1280 });
    await expect.poll(() => b.page.locator('.game-screen').getAttribute('data-layout'), { timeout: 15_000 }).toBe('portrait');
    await expect.poll(async () => (await correctTarget(b.page)) !== null, { timeout: 15_000 }).toBe(true);
    // Targets stay 20 mm across on the tablet held upright too.
    expect((await smallestTarget(b.page))!.size).toBeGreaterThanOrEqual(leastTarget({ width: 800, height: 1280 }));
    const t = (await correctTarget(b.page))!;
    const box = await b.page.locator('canvas').boundingBox();
    expect(t.y).toBeGreaterThan(box!.y);
    await b.page.mouse.click(t.x, t.y);
    await expect.poll(() => b.page.locator('.game-screen').getAttribute('data-hits')).toBe('1');
    await b.page.setViewportSize({ width: 1280, height: 800 });
    // And the round plays on to its end on WebGL, as it does on Canvas 2D in the play-through tests.
    await playToBridge(b.page, 'han-river-hunt', false);
    await b.page.locator('[data-action=bridge-done]').click();
    await b.page.locator('.done-card').waitFor();
    expect(await completedEvents(b.page)).toEqual([expect.objectContaining({ gameId: 'han-river-hunt', levelId: 'river-35' })]);
  });

  it('leaving mid-round ends the game cleanly and records nothing', async () => {
    await b.page.goto(`${server.url}/play/body-match/body-35`);
    await waitForFirstFrame(b.page);
    const destroyed = b.page.evaluate(() => new Promise<boolean>((r) => window.addEventListener('appa:game-destroyed', () => r(true), { once: true })));
    await b.page.locator('.game-back').click();
    expect(await destroyed).toBe(true);
    await b.page.locator('.game-intro').waitFor();
    expect(await b.page.locator('canvas').count()).toBe(0);
    const events = await b.page.evaluate(() => ((window as unknown as { __appaEvents?: Array<{ name: string }> }).__appaEvents ?? []).map((e) => e.name));
    expect(events).toContain('game-ended');
    expect(events).not.toContain('activity-completed');
  });
});
