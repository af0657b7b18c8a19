import { describe, expect, it } from 'vitest';
import { KINDS, RiverHunt, ZONE_OF, layoutItems, type HuntData } from '../../../src/games/han-river-hunt/logic.ts';

const l = (s: string) => ({ ko: s, en: s, zh: s, ja: s, vi: s });
const data: HuntData = {
  items: ['kite', 'duck', 'dog', 'ball'],
  questions: [
    { find: 'duck', ask: 'who', say: l('duck?'), dad: l('d') },
    { find: 'kite', ask: 'what', say: l('kite?'), dad: l('d') },
    { find: 'ball', ask: 'where', say: l('ball?'), dad: l('d') },
  ],
};

describe('한강 숨은그림 rules', () => {
  it('asks each question once before repeating, in a seeded order', () => {
    const g = new RiverHunt(data, 5);
    const asked = [0, 1, 2].map(() => {
      const f = g.question.find;
      g.next();
      return f;
    });
    expect([...asked].sort()).toEqual(['ball', 'duck', 'kite']);
    expect(new RiverHunt(data, 5).question).toEqual(new RiverHunt(data, 5).question);
  });

  it('takes the asked thing as a hit and anything else as a miss', () => {
    const g = new RiverHunt(data, 1);
    const want = g.question.find;
    const other = data.items.find((k) => k !== want)!;
    expect(g.pick(other)).toBe('miss');
    expect(g.pick(want)).toBe('hit');
  });

  const shapes = {
    'tablet landscape': { x: 40, y: 40, w: 1200, h: 664 },
    'narrow landscape': { x: 40, y: 40, w: 880, h: 664 },
    'phone portrait': { x: 40, y: 40, w: 720, h: 908 },
    'tall portrait': { x: 40, y: 40, w: 720, h: 1300 },
  };
  for (const [name, area] of Object.entries(shapes)) {
    it(`lays out all ten things without overlap, big enough and off the bottom edge (${name})`, () => {
      const { placed } = layoutItems(KINDS, area);
      expect(placed).toHaveLength(KINDS.length);
      for (const p of placed) {
        // ≥ 190 design px across: ≥ 110 CSS px wherever the stage shows ≥ 0.58 CSS px per design px (every tablet).
        expect(p.r).toBeGreaterThanOrEqual(95);
        expect(p.y + p.r * 0.5).toBeLessThanOrEqual(area.y + area.h);
        expect(p.x - p.r * 0.9).toBeGreaterThanOrEqual(area.x - 1);
        expect(p.x + p.r * 0.9).toBeLessThanOrEqual(area.x + area.w + 1);
      }
      for (const a of placed) for (const b of placed) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r * 1.7);
    });
  }

  it('keeps the sky above the river and the river above the bank', () => {
    const { placed } = layoutItems(['ball', 'duck', 'kite', 'dog', 'boat', 'bird'], shapes['tablet landscape']);
    const y = (z: string): number[] => placed.filter((p) => ZONE_OF[p.kind] === z).map((p) => p.y);
    expect(Math.max(...y('sky'))).toBeLessThan(Math.min(...y('river')));
    expect(Math.max(...y('river'))).toBeLessThan(Math.min(...y('bank')));
  });
});
