import { describe, expect, it } from 'vitest';
import { TowerRound, craneOffset, type TowerRules } from '../../../src/games/tower-stack/logic.ts';

const rules: TowerRules = { blocks: 3, togetherMs: 800, swingMs: 4000, swing: 1, tolerance: 0.4 };

describe('높이 높이 탑 쌓기 rules', () => {
  it('drops only when both have tapped within the window, in either order', () => {
    const r = new TowerRound(rules);
    expect(r.press('dad', 0)).toEqual({ kind: 'waiting-for', who: 'child' });
    expect(r.press('child', 500)).toEqual({ kind: 'drop', together: false });
    expect(r.press('child', 1000)).toEqual({ kind: 'waiting-for', who: 'dad' });
    expect(r.press('dad', 1100)).toEqual({ kind: 'drop', together: true });
  });

  it('lets a tap that came too late start a new pair instead of failing', () => {
    const r = new TowerRound(rules);
    r.press('dad', 0);
    expect(r.press('child', 900)).toEqual({ kind: 'waiting-for', who: 'dad' });
    expect(r.press('dad', 1200)).toMatchObject({ kind: 'drop' });
    // The same player twice is not "together".
    r.press('dad', 2000);
    expect(r.press('dad', 2100)).toEqual({ kind: 'waiting-for', who: 'child' });
  });

  it('swings the crane as a triangle wave between -swing and +swing', () => {
    expect(craneOffset(0, rules)).toBe(0);
    expect(craneOffset(1000, rules)).toBeCloseTo(1);
    expect(craneOffset(2000, rules)).toBeCloseTo(0);
    expect(craneOffset(3000, rules)).toBeCloseTo(-1);
    expect(craneOffset(4500, rules)).toBeCloseTo(0.5);
    expect(craneOffset(-1000, rules)).toBeCloseTo(-1);
  });

  it('stacks a block set near the one below, and rebuilds kindly when it is far off', () => {
    const r = new TowerRound(rules);
    expect(r.land(0.1)).toEqual({ kind: 'stacked', offset: 0.1, height: 1, complete: false });
    const wob = r.land(0.9);
    expect(wob.kind).toBe('wobble');
    expect(wob.offset).toBeCloseTo(0.8);
    // The tower never loses height: the wobbling block settles squarely on the one below.
    expect(r.height).toBe(2);
    expect(r.offsets).toEqual([0.1, 0.1]);
    expect(r.rebuilds).toBe(1);
    expect(r.land(-0.2)).toMatchObject({ kind: 'stacked', height: 3, complete: true });
    expect(r.complete).toBe(true);
  });

  it('measures each offset against the block below, not the centre', () => {
    const r = new TowerRound({ ...rules, blocks: 4 });
    r.land(0.35);
    expect(r.land(0.7)).toMatchObject({ kind: 'stacked' });
    expect(r.offsets).toEqual([0.35, 0.7]);
  });

  it('refuses a tower of one block', () => {
    expect(() => new TowerRound({ ...rules, blocks: 1 })).toThrow();
  });
});
