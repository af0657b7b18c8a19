import { describe, expect, it } from 'vitest';
import { FaceMirror, type FaceMirrorData } from '../../../src/games/face-mirror/logic.ts';
import { FACES } from '../../../src/games/face-mirror/faces.ts';

const l = (s: string) => ({ ko: s, en: s, zh: s, ja: s, vi: s });
const data = (choices: number): FaceMirrorData => ({
  choices,
  pool: ['happy', 'sad', 'angry', 'surprised', 'scared'],
  rounds: [
    { feeling: 'happy', say: l('a'), dad: l('happy') },
    { feeling: 'sad', say: l('b'), dad: l('sad') },
    { feeling: 'surprised', say: l('c'), dad: l('surprised') },
  ],
});

describe('표정 거울 rules', () => {
  it('deals the right face plus distinct others, as many as the level asks', () => {
    for (const n of [2, 3, 4]) {
      const g = new FaceMirror(data(n), 7);
      for (let r = 0; r < 6; r++) {
        expect(g.options).toHaveLength(n);
        expect(new Set(g.options).size).toBe(n);
        expect(g.options).toContain(g.round.feeling);
        g.next();
      }
    }
  });

  it('takes the matching face as a hit and any other as a miss that keeps the round', () => {
    const g = new FaceMirror(data(3), 3);
    const target = g.round.feeling;
    const other = g.options.find((f) => f !== target)!;
    expect(g.pick(other)).toBe('miss');
    expect(g.round.feeling).toBe(target);
    expect(g.pick(target)).toBe('hit');
    g.next();
    expect(g.round.feeling).not.toBe(target);
  });

  it('prompts dad with the round it shows', () => {
    const g = new FaceMirror(data(2), 11);
    expect(g.prompt.dad.ko).toBe(g.round.feeling);
  });

  it('is reproducible by seed', () => {
    const a = new FaceMirror(data(4), 99);
    const b = new FaceMirror(data(4), 99);
    expect(a.options).toEqual(b.options);
    expect(a.round).toEqual(b.round);
  });

  it('draws every feeling with its own shape (no two faces alike, so colour never carries the meaning)', () => {
    const keys = Object.values(FACES).map((f) => JSON.stringify(f));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
