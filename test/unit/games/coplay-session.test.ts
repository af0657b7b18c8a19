import { describe, expect, it } from 'vitest';
import { CoplaySession, type SessionEvent } from '../../../src/games/engine/coplay-session.ts';

const cfg = { roundSeconds: 180, targets: 5, dadPauseSeconds: 40, idleHintSeconds: 8 };
const types = (e: SessionEvent[]): string[] => e.map((x) => x.type);

/** Drives the session second by second while the child keeps playing (a tap every `every` seconds). */
function play(s: CoplaySession, from: number, seconds: number, every = 3): { events: SessionEvent[]; t: number } {
  const events: SessionEvent[] = [];
  let t = from;
  for (let i = 1; i <= seconds; i++) {
    t = from + i * 1000;
    if (i % every === 0) s.touch(t);
    events.push(...s.tick(t));
  }
  return { events, t };
}

describe('the co-play session', () => {
  it('pauses for dad after dadPauseSeconds of play and waits for him, however long he talks', () => {
    const s = new CoplaySession(cfg, 0);
    const { events, t } = play(s, 0, 40);
    expect(events).toContainEqual({ type: 'dad-pause', question: 0 });
    expect(s.state).toBe('dad-pause');
    expect(s.accepting).toBe(false);
    // Taps do nothing while dad talks, and no further pause or hint piles up.
    expect(s.hit(t + 1000)).toEqual([]);
    expect(s.tick(t + 120_000)).toEqual([]);
    expect(types(s.dadContinue(t + 121_000))).toEqual(['resumed']);
    expect(s.state).toBe('playing');
    // The next pause comes another dadPauseSeconds of play later, with the next question.
    const next = play(s, t + 121_000, 40);
    expect(next.events).toContainEqual({ type: 'dad-pause', question: 1 });
  });

  it('gives a gentle hint after idleHintSeconds without input, and again after another quiet spell', () => {
    const s = new CoplaySession(cfg, 0);
    expect(s.tick(7_900)).toEqual([]);
    expect(s.tick(8_000)).toEqual([{ type: 'hint', count: 1 }]);
    expect(s.tick(12_000)).toEqual([]);
    s.touch(12_000);
    expect(s.tick(19_000)).toEqual([]);
    expect(s.tick(20_000)).toEqual([{ type: 'hint', count: 2 }]);
  });

  it("gives no idle hint while it is dad's turn", () => {
    const s = new CoplaySession(cfg, 0);
    s.setChildTurn(false, 0);
    expect(s.tick(30_000)).toEqual([]);
    s.setChildTurn(true, 30_000);
    expect(s.tick(38_000)).toEqual([{ type: 'hint', count: 1 }]);
  });

  it('answers a wrong tap with a giggle, never a penalty, and a hint after two in a row', () => {
    const s = new CoplaySession(cfg, 0);
    expect(s.miss(1000)).toEqual([{ type: 'giggle', streak: 1 }]);
    expect(s.miss(2000)).toEqual([{ type: 'giggle', streak: 2 }, { type: 'hint', count: 1 }]);
    expect(s.misses).toBe(2);
    expect(s.hits).toBe(0);
    expect(s.state).toBe('playing');
    // Misses never end the round or take anything away.
    for (let i = 0; i < 30; i++) s.miss(3000 + i * 100);
    expect(s.state).toBe('playing');
    expect(types(s.hit(7000))).toEqual(['success']);
    expect(s.hits).toBe(1);
  });

  it("ends on the level's targets", () => {
    const s = new CoplaySession(cfg, 0);
    for (let i = 1; i < 5; i++) expect(types(s.hit(i * 1000))).toEqual(['success']);
    expect(s.hit(5000)).toEqual([{ type: 'success', hits: 5 }, { type: 'end', reason: 'targets' }]);
    expect(s.state).toBe('ended');
    expect(s.hit(6000)).toEqual([]);
    expect(s.tick(100_000)).toEqual([]);
  });

  it('once the minutes are up, ends on the next success (a good note), or after the grace period', () => {
    const a = new CoplaySession({ ...cfg, dadPauseSeconds: 60, roundSeconds: 120 }, 0);
    let t = 0;
    for (let i = 0; i < 130; i++) {
      t += 1000;
      a.touch(t);
      const e = a.tick(t);
      if (e.some((x) => x.type === 'dad-pause')) a.dadContinue(t);
    }
    expect(a.timeUp).toBe(true);
    expect(a.state).toBe('playing');
    expect(types(a.hit(t + 500))).toEqual(['success', 'end']);

    const b = new CoplaySession({ ...cfg, dadPauseSeconds: 60, roundSeconds: 120, graceSeconds: 30 }, 0);
    t = 0;
    let ended: SessionEvent[] = [];
    while (!ended.length && t < 400_000) {
      t += 1000;
      b.touch(t);
      const e = b.tick(t);
      if (e.some((x) => x.type === 'dad-pause')) b.dadContinue(t);
      ended = e.filter((x) => x.type === 'end');
    }
    expect(ended).toEqual([{ type: 'end', reason: 'time' }]);
    expect(b.playSeconds).toBeCloseTo(150, 0);
  });

  it('does not start a dad pause once the time is up', () => {
    const s = new CoplaySession({ ...cfg, roundSeconds: 120, dadPauseSeconds: 60 }, 0);
    const r1 = play(s, 0, 60, 2);
    expect(r1.events.filter((e) => e.type === 'dad-pause')).toHaveLength(1);
    s.dadContinue(r1.t);
    const r2 = play(s, r1.t, 70, 2);
    expect(r2.events.filter((e) => e.type === 'dad-pause')).toHaveLength(0);
  });

  it('stops every clock while held (pause button, page hidden) and records engaged seconds', () => {
    const s = new CoplaySession(cfg, 0);
    s.touch(10_000);
    s.hold(10_000);
    expect(s.accepting).toBe(false);
    expect(s.tick(500_000)).toEqual([]);
    expect(s.hit(500_000)).toEqual([]);
    s.release(500_000);
    expect(s.playSeconds).toBe(10);
    // Dad's talk counts toward the activity's seconds but not toward the round's length.
    play(s, 500_000, 30);
    expect(s.state).toBe('dad-pause');
    s.tick(560_000);
    s.dadContinue(560_000);
    expect(s.playSeconds).toBe(40);
    expect(s.seconds).toBe(70);
    expect(s.finish()).toBe(70);
    expect(s.state).toBe('done');
  });
});
