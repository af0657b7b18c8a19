import { describe, expect, it } from 'vitest';
import { RhythmRound, alternating, echo, quantizeGap, type RhythmRules } from '../../../src/games/line2-rhythm/logic.ts';

const turns: RhythmRules = { bpm: 60, windowMs: 300, mode: 'turns', phrases: [alternating(4)], stations: 3 };

describe('2호선 리듬 기차 rules', () => {
  it('alternates dad and child, one beat apart, and reaches a station per phrase', () => {
    const r = new RhythmRound(turns);
    expect(r.expected()).toEqual({ who: 'dad', at: null, free: false });
    expect(r.tap('dad', 5000)).toMatchObject({ kind: 'on-beat', counted: true });
    expect(r.expected()).toEqual({ who: 'child', at: 6000, free: false });
    expect(r.tap('child', 6200).kind).toBe('on-beat');
    expect(r.tap('dad', 7000).kind).toBe('on-beat');
    const last = r.tap('child', 8100);
    expect(last).toMatchObject({ kind: 'on-beat', station: 0, finished: false });
    expect(r.stationsReached).toBe(1);
    expect(r.streak).toBe(4);
  });

  it('never punishes: early taps wait, the wrong player is only told it is not their turn', () => {
    const r = new RhythmRound(turns);
    r.tap('dad', 0);
    expect(r.tap('dad', 100)).toMatchObject({ kind: 'not-your-turn', counted: false });
    expect(r.tap('child', 400)).toMatchObject({ kind: 'early', counted: false });
    // Nothing was lost: the same beat is still waiting for the child.
    expect(r.expected()).toEqual({ who: 'child', at: 1000, free: false });
    expect(r.tap('child', 700).kind).toBe('on-beat');
    expect(r.position).toBe(2);
  });

  it('counts a late tap as a fresh start so a child who cannot hold a beat still gets home', () => {
    const r = new RhythmRound({ ...turns, stations: 1 });
    r.tap('dad', 0);
    expect(r.tap('child', 2500)).toMatchObject({ kind: 'restart', counted: true });
    expect(r.streak).toBe(1);
    // The beat is re-anchored on the late tap.
    expect(r.expected().at).toBe(3500);
    r.tap('dad', 3500);
    expect(r.streak).toBe(2);
    expect(r.tap('child', 9000)).toMatchObject({ kind: 'restart', station: 0, finished: true });
    expect(r.finished).toBe(true);
    expect(r.tap('dad', 9100).kind).toBe('done');
  });

  it('keeps the tolerance window exact at its edges', () => {
    const r = new RhythmRound(turns);
    r.tap('dad', 0);
    expect(r.tap('child', 699).kind).toBe('early');
    expect(r.tap('child', 700).kind).toBe('on-beat');
    expect(r.tap('dad', 2000).kind).toBe('on-beat');
    expect(r.tap('child', 3301).kind).toBe('restart');
  });

  it('echo mode: dad plays a call, the child answers with the same gaps', () => {
    const phrase = echo([1, 0.5, 0.5]);
    expect(phrase.map((h) => h.who)).toEqual(['dad', 'dad', 'dad', 'child', 'child', 'child']);
    const r = new RhythmRound({ bpm: 120, windowMs: 150, mode: 'echo', phrases: [phrase], stations: 2 });
    const beat = 500;
    let t = 0;
    r.tap('dad', t);
    expect(r.expected()).toMatchObject({ who: 'dad', at: t + 0.5 * beat });
    r.tap('dad', (t += 250));
    r.tap('dad', (t += 250));
    expect(r.expected()).toMatchObject({ who: 'child', at: t + 2 * beat });
    r.tap('child', (t += 1000));
    r.tap('child', (t += 250));
    const end = r.tap('child', (t += 260));
    expect(end).toMatchObject({ kind: 'on-beat', station: 0 });
    expect(r.streak).toBe(6);
  });

  it('repeats the phrase list when there are more stations than phrases', () => {
    const a = alternating(2);
    const b = alternating(2, 'child');
    const r = new RhythmRound({ ...turns, phrases: [a, b], stations: 3 });
    r.tap('dad', 0);
    r.tap('child', 1000);
    expect(r.currentPhrase).toBe(b);
    r.tap('child', 5000);
    r.tap('dad', 6000);
    expect(r.currentPhrase).toBe(a);
  });

  it('compose mode: the child makes up a rhythm, dad copies it on the same beat', () => {
    const r = new RhythmRound({ bpm: 100, windowMs: 180, mode: 'compose', composeLength: 4, stations: 1 });
    expect(r.expected()).toEqual({ who: 'child', at: null, free: true });
    expect(r.tap('dad', 0).kind).toBe('not-your-turn');
    // 600 ms is one beat at 100 bpm; the child plays ta, ta, ti-ti (roughly).
    for (const at of [0, 620, 1190, 1480]) expect(r.tap('child', at).kind).toBe('compose');
    expect(r.currentPhrase.map((h) => h.gap)).toEqual([1, 1, 1, 0.5]);
    expect(r.expected()).toEqual({ who: 'dad', at: null, free: false });
    expect(r.tap('child', 2000).kind).toBe('not-your-turn');
    r.tap('dad', 3000);
    expect(r.tap('dad', 3200).kind).toBe('early');
    r.tap('dad', 3600);
    r.tap('dad', 4200);
    expect(r.tap('dad', 4500)).toMatchObject({ station: 0, finished: true });
  });

  it('quantises made-up gaps to half beats between ½ and 2', () => {
    expect(quantizeGap(100, 600)).toBe(0.5);
    expect(quantizeGap(900, 600)).toBe(1.5);
    expect(quantizeGap(5000, 600)).toBe(2);
    expect(quantizeGap(640, 600)).toBe(1);
  });

  it('refuses rules it cannot play', () => {
    expect(() => new RhythmRound({ bpm: 60, windowMs: 200, mode: 'turns', stations: 2 })).toThrow(/phrases/);
    expect(() => new RhythmRound({ bpm: 60, windowMs: 200, mode: 'compose', composeLength: 1, stations: 2 })).toThrow(/composeLength/);
  });
});
