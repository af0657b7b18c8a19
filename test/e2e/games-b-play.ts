import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { describeViolations, leastTarget, type AxeViolation } from './harness.ts';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * Shared steps of the games 5–8 browser tests: choose the band as a father would (the chip on the
 * game list), open the game and the level, then play the round with real pointer input on the canvas
 * — tapping where the scene's test hook says the right target is — until the bridge card.
 */
const timing = process.env.GAMES_B_TIMING ? (label: string, t0: number): void => console.log(`[games-b] ${label} ${Date.now() - t0} ms`) : (): void => {};

export async function openLevel(page: Page, base: string, gameId: string, levelId: string, band: string): Promise<void> {
  const t0 = Date.now();
  await page.goto(`${base}/play`);
  await page.locator(`.band-chip[data-band="${band}"]`).click();
  await expect.poll(() => page.getAttribute(`.band-chip[data-band="${band}"]`, 'aria-checked')).toBe('true');
  await page.locator(`a.game-card[data-game="${gameId}"]`).click();
  await page.locator(`a.level-card[data-level="${levelId}"]`).click();
  await page.waitForFunction(() => ((window as unknown as { __appaGame?: { targets(): unknown[] } }).__appaGame?.targets().length ?? 0) > 0, undefined, { timeout: 30_000 });
  timing(`open ${gameId}/${levelId}`, t0);
}

type Step = { kind: 'plan' | 'bridge' | 'dad' | 'wait' } | { kind: 'tap'; x: number; y: number; least: { id: string; size: number } };

/** One look at the page per step (each round trip to the browser costs time on a busy machine). */
async function nextStep(page: Page): Promise<Step> {
  return page.evaluate(() => {
    const shown = (sel: string): boolean => {
      const el = document.querySelector(sel) as HTMLElement | null;
      return !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    if (shown('.map-plan')) return { kind: 'plan' as const };
    if (shown('[data-action="bridge-done"]')) return { kind: 'bridge' as const };
    if (shown('[data-action="dad-continue"]')) return { kind: 'dad' as const };
    const g = (window as unknown as { __appaGame?: { correct(): string | null; targets(): Array<{ id: string; x: number; y: number; w: number; h: number }> } }).__appaGame;
    const id = g?.correct();
    const all = g?.targets() ?? [];
    const t = id ? all.find((x) => x.id === id) : undefined;
    const least = all.reduce((m, x) => (Math.min(x.w, x.h) < m.size ? { id: x.id, size: Math.min(x.w, x.h) } : m), { id: '', size: Infinity });
    return t ? { kind: 'tap' as const, x: t.x - window.scrollX, y: t.y - window.scrollY, least } : { kind: 'wait' as const };
  });
}

export interface PlayLog {
  taps: number;
  dadPauses: number;
}

/**
 * Plays until the bridge card shows. `onPlan` is called when 서울 나들이 지도's plan opens over it.
 * Dad's question pauses are answered as dad would: by tapping "continue".
 */
export async function playToBridge(page: Page, opts: { onPlan?: () => Promise<void>; budgetMs?: number } = {}): Promise<PlayLog> {
  const log: PlayLog = { taps: 0, dadPauses: 0 };
  const least = leastTarget(page.viewportSize());
  const t0 = Date.now();
  const deadline = Date.now() + (opts.budgetMs ?? 140_000);
  while (Date.now() < deadline) {
    const step = await nextStep(page);
    switch (step.kind) {
      case 'plan':
        if (!opts.onPlan) throw new Error('the outing plan opened but the test has no onPlan step');
        await opts.onPlan();
        opts.onPlan = undefined;
        break;
      case 'bridge':
        timing(`play (${log.taps} taps, ${log.dadPauses} dad pauses)`, t0);
        return log;
      case 'dad':
        await page.locator('[data-action="dad-continue"]').click();
        log.dadPauses += 1;
        break;
      case 'wait':
        await page.waitForTimeout(30);
        break;
      case 'tap':
        // Every target the child may tap, at every step, is big enough for a small finger.
        expect(step.least.size, `target ${step.least.id}`).toBeGreaterThanOrEqual(least);
        await page.mouse.click(step.x, step.y);
        log.taps += 1;
        break;
    }
  }
  throw new Error(`the round did not reach its bridge card in time (${log.taps} taps)`);
}

/** Finishes the bridge card and checks the activity-completed event the records will store. */
export async function finishAndCheck(page: Page, gameId: string, levelId: string, band: string): Promise<void> {
  const t0 = Date.now();
  await expectNoAxe(page, `${gameId}/${levelId} bridge card`);
  await page.locator('[data-action="bridge-done"]').click();
  await page.locator('.done-card').waitFor();
  const events = await page.evaluate(() => (window as unknown as { __appaEvents?: Array<{ name: string; detail: Record<string, unknown> }> }).__appaEvents ?? []);
  const done = events.filter((e) => e.name === 'activity-completed' && e.detail.gameId === gameId && e.detail.levelId === levelId);
  expect(done, JSON.stringify(events)).toHaveLength(1);
  expect(done[0]?.detail).toMatchObject({ kind: 'game', gameId, levelId, ageBand: band });
  expect(done[0]?.detail.seconds).toBeGreaterThan(0);
  timing('bridge and done', t0);
}

/**
 * axe-core (WCAG 2.x A/AA + best practice) on the page. `exclude` leaves out parts another engineer
 * owns and checks in their own tests (the frame's dad strip), so a fault there is reported once, there.
 */
export async function expectNoAxe(page: Page, where: string, exclude: string[] = []): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const v = await page.evaluate(async (ex) => {
    const a = (window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const ctx = ex.length ? { include: [['html']], exclude: ex.map((e) => [e]) } : document;
    const r = await a.run(ctx, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((x) => ({ id: x.id, impact: x.impact, help: x.help, nodes: x.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, exclude);
  expect(v, `${where}: ${describeViolations(v)}`).toEqual([]);
}

/** The frame's strip (games-a's, checked in their tests): left out when a game screen is checked. */
export const FRAME_STRIP = ['.dad-strip'];

export async function setLanguage(page: Page, base: string, lang: string): Promise<void> {
  await page.goto(base);
  await page.selectOption('#lang-select', lang);
}
