import { describe, expect, it } from 'vitest';
import { createTimer, elapsed, extend, formatClock, isRunning, pause, remaining, resume, toggle } from '../../../src/guides/step-timer.ts';

describe('step timer', () => {
  it('counts down the planned minutes from the start', () => {
    const t = createTimer(10, 1_000);
    expect(remaining(t, 1_000)).toBe(600_000);
    expect(remaining(t, 61_000)).toBe(540_000);
  });

  it('stops counting while paused and continues from the same place', () => {
    let t = createTimer(5, 0);
    t = pause(t, 30_000);
    expect(isRunning(t)).toBe(false);
    expect(elapsed(t, 500_000)).toBe(30_000);
    t = resume(t, 500_000);
    expect(elapsed(t, 510_000)).toBe(40_000);
    expect(remaining(t, 510_000)).toBe(260_000);
    // Pausing twice does not lose time; resuming a running timer does not restart it.
    expect(pause(pause(t, 520_000), 900_000)).toEqual(pause(t, 520_000));
    expect(resume(t, 999_000)).toBe(t);
  });

  it('toggles between running and paused', () => {
    const t = createTimer(1, 0);
    expect(isRunning(toggle(t, 5))).toBe(false);
    expect(isRunning(toggle(toggle(t, 5), 10))).toBe(true);
  });

  it('extends by a minute each time, also after running over', () => {
    let t = createTimer(1, 0);
    expect(remaining(t, 90_000)).toBe(-30_000);
    t = extend(t);
    expect(remaining(t, 90_000)).toBe(30_000);
    t = extend(extend(t));
    expect(t.budgetMs).toBe(240_000);
  });

  it('can start paused (a step opened but not yet begun)', () => {
    const t = createTimer(2, 0, false);
    expect(remaining(t, 60_000)).toBe(120_000);
  });

  it('formats the clock and shows overtime with a plus sign', () => {
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(5_000)).toBe('0:05');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-400)).toBe('0:00');
    expect(formatClock(-90_000)).toBe('+1:30');
  });
});
