/**
 * 서울숲 나비 짝맞추기 — pure rules of a cooperative memory game. Dad and child take turns turning two
 * wings over; a pair that matches stays open for the team. Nobody's score is counted against the
 * other's: the only number is how many pairs *we* found.
 */
import { rng as seededRandom, shuffle } from '../engine/random.ts';
export type Player = 'dad' | 'child';

/** One wing design; two cards carry each design. */
export interface Wing {
  id: string;
  /** Palette colour name (ART.md), so the picture is also describable in words. */
  color: string;
  /** Pattern drawn on the wing: spots, stripes, hearts, … */
  pattern: string;
}

export interface Card {
  /** Position in the grid, row by row. */
  index: number;
  wing: Wing;
  open: boolean;
  matched: boolean;
}

export type FlipResult =
  | { kind: 'first'; index: number }
  | { kind: 'match'; indices: [number, number]; wing: Wing; complete: boolean; next: Player }
  | { kind: 'mismatch'; indices: [number, number]; next: Player }
  | { kind: 'ignored'; reason: 'open' | 'busy' | 'done' };

/** Seeded (mulberry32, engine/random.ts): a level's seed gives a fair, repeatable shuffle. */
export { rng as seededRandom, shuffle } from '../engine/random.ts';

/**
 * Columns × rows for `cards` in a w × h area, chosen so each card is as large as possible (the last
 * row may be shorter): a small hand needs big cards more than a perfect rectangle.
 */
export function gridFor(cards: number, w: number, h: number): { cols: number; rows: number } {
  let best = { cols: cards, rows: 1, size: 0 };
  for (let cols = 1; cols <= cards; cols++) {
    const rows = Math.ceil(cards / cols);
    const size = Math.min(w / cols, h / rows);
    if (size > best.size + 0.5) best = { cols, rows, size };
  }
  return { cols: best.cols, rows: best.rows };
}

export class PairsRound {
  readonly cards: Card[];
  private turnOf: Player;
  private openNow: number[] = [];
  private found = 0;

  constructor(wings: readonly Wing[], seed: number, first: Player = 'child') {
    const ids = new Set(wings.map((w) => w.id));
    if (ids.size !== wings.length) throw new Error('wing ids must be unique');
    if (wings.length < 2) throw new Error('a round needs at least two pairs');
    this.cards = shuffle([...wings, ...wings], seededRandom(seed)).map((wing, index) => ({ index, wing, open: false, matched: false }));
    this.turnOf = first;
  }

  /** Whose turn it is: shown as a picture of dad or the child, never as text. */
  get turn(): Player {
    return this.turnOf;
  }

  get pairsFound(): number {
    return this.found;
  }

  get pairs(): number {
    return this.cards.length / 2;
  }

  get complete(): boolean {
    return this.found === this.pairs;
  }

  /** True while two unmatched cards are open and waiting to be turned back by settle(). */
  get waiting(): boolean {
    return this.openNow.length === 2;
  }

  flip(index: number): FlipResult {
    if (this.complete) return { kind: 'ignored', reason: 'done' };
    if (this.waiting) return { kind: 'ignored', reason: 'busy' };
    const card = this.cards[index];
    if (!card) throw new RangeError(`no card ${index}`);
    if (card.open || card.matched) return { kind: 'ignored', reason: 'open' };
    card.open = true;
    this.openNow.push(index);
    if (this.openNow.length === 1) return { kind: 'first', index };
    const [a, b] = this.openNow as [number, number];
    const ca = this.cards[a] as Card;
    // Every attempt passes the turn, match or not: both players get the same number of tries.
    this.turnOf = this.turnOf === 'dad' ? 'child' : 'dad';
    if (ca.wing.id === card.wing.id) {
      ca.matched = card.matched = true;
      this.openNow = [];
      this.found += 1;
      return { kind: 'match', indices: [a, b], wing: card.wing, complete: this.complete, next: this.turnOf };
    }
    return { kind: 'mismatch', indices: [a, b], next: this.turnOf };
  }

  /** Turns a mismatched pair face down again (the view calls it after the child has had a look). */
  settle(): void {
    for (const i of this.openNow) (this.cards[i] as Card).open = false;
    this.openNow = [];
  }

  /** Where the other card of a design lies: the idle hint lets 해치 peek at it. */
  partnerOf(index: number): number {
    const card = this.cards[index];
    if (!card) throw new RangeError(`no card ${index}`);
    return this.cards.findIndex((c) => c.index !== index && c.wing.id === card.wing.id);
  }

  /** A pair still face down, for the idle hint. */
  hintPair(): [number, number] | null {
    const c = this.cards.find((x) => !x.matched && !x.open);
    return c ? [c.index, this.partnerOf(c.index)] : null;
  }
}
