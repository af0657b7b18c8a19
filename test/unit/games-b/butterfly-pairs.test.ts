import { describe, expect, it } from 'vitest';
import { PairsRound, gridFor, seededRandom, shuffle, type Wing } from '../../../src/games/butterfly-pairs/logic.ts';

const wings: Wing[] = [
  { id: 'amber-spots', color: 'amber', pattern: 'spots' },
  { id: 'jade-stripes', color: 'jade', pattern: 'stripes' },
  { id: 'blue-hearts', color: 'blue', pattern: 'hearts' },
];

function positions(r: PairsRound, id: string): number[] {
  return r.cards.filter((c) => c.wing.id === id).map((c) => c.index);
}

describe('서울숲 나비 짝맞추기 rules', () => {
  it('deals two of every wing, shuffled the same way for the same seed', () => {
    const a = new PairsRound(wings, 7);
    const b = new PairsRound(wings, 7);
    const c = new PairsRound(wings, 8);
    expect(a.cards).toHaveLength(6);
    for (const w of wings) expect(positions(a, w.id)).toHaveLength(2);
    expect(a.cards.map((x) => x.wing.id)).toEqual(b.cards.map((x) => x.wing.id));
    expect(a.cards.map((x) => x.wing.id)).not.toEqual(c.cards.map((x) => x.wing.id));
  });

  it('passes the turn after every attempt and wins together', () => {
    const r = new PairsRound(wings, 3, 'child');
    expect(r.turn).toBe('child');
    const [a0, a1] = positions(r, 'amber-spots') as [number, number];
    const [j0] = positions(r, 'jade-stripes') as [number];
    expect(r.flip(a0)).toEqual({ kind: 'first', index: a0 });
    expect(r.flip(j0)).toMatchObject({ kind: 'mismatch', next: 'dad' });
    expect(r.waiting).toBe(true);
    expect(r.flip(a1)).toEqual({ kind: 'ignored', reason: 'busy' });
    r.settle();
    expect(r.cards.filter((c) => c.open)).toHaveLength(0);
    r.flip(a0);
    expect(r.flip(a1)).toMatchObject({ kind: 'match', next: 'child', complete: false });
    expect(r.turn).toBe('child');
    expect(r.flip(a0)).toEqual({ kind: 'ignored', reason: 'open' });
    for (const id of ['jade-stripes', 'blue-hearts']) {
      const [x, y] = positions(r, id) as [number, number];
      r.flip(x);
      r.flip(y);
    }
    expect(r.complete).toBe(true);
    expect(r.pairsFound).toBe(3);
    expect(r.flip(0)).toEqual({ kind: 'ignored', reason: 'done' });
  });

  it('ignores a second tap on the card that is already open', () => {
    const r = new PairsRound(wings, 1);
    r.flip(0);
    expect(r.flip(0)).toEqual({ kind: 'ignored', reason: 'open' });
    expect(r.turn).toBe('child');
  });

  it('points the idle hint at a real pair that is still hidden', () => {
    const r = new PairsRound(wings, 5);
    const [x, y] = r.hintPair() as [number, number];
    expect(r.cards[x]?.wing.id).toBe(r.cards[y]?.wing.id);
    expect(x).not.toBe(y);
    r.flip(x);
    r.flip(y);
    const next = r.hintPair() as [number, number];
    expect(r.cards[next[0]]?.matched).toBe(false);
    expect(r.partnerOf(next[0])).toBe(next[1]);
  });

  it('lays cards out so each is as large as the area allows', () => {
    expect(gridFor(8, 1000, 500)).toEqual({ cols: 4, rows: 2 });
    // 8 cards in a square area: a 3 × 3 grid with a short last row beats 4 × 2.
    expect(gridFor(8, 660, 660)).toEqual({ cols: 3, rows: 3 });
    expect(gridFor(12, 900, 660)).toEqual({ cols: 4, rows: 3 });
    expect(gridFor(12, 660, 900)).toEqual({ cols: 3, rows: 4 });
  });

  it('shuffles fairly: every card lands in every slot over many seeds', () => {
    const seen = Array.from({ length: 4 }, () => new Set<number>());
    const rand = seededRandom(42);
    for (let i = 0; i < 200; i++) shuffle([0, 1, 2, 3], rand).forEach((v, slot) => seen[slot]?.add(v));
    for (const s of seen) expect(s.size).toBe(4);
  });

  it('refuses decks it cannot play', () => {
    expect(() => new PairsRound([wings[0] as Wing], 1)).toThrow(/two pairs/);
    expect(() => new PairsRound([wings[0] as Wing, wings[0] as Wing], 1)).toThrow(/unique/);
  });
});
