import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BodyMatch, PARTS, REACH, figureZones, sureRadius, zoneAt, type BodyMatchData } from '../../../src/games/body-match/logic.ts';

const l = (s: string) => ({ ko: s, en: s, zh: s, ja: s, vi: s });
const data: BodyMatchData = {
  shuffle: false,
  steps: [
    { parts: ['head'], say: l('head'), dad: l('d') },
    { parts: ['knees', 'feet'], say: l('kf'), dad: l('d') },
    { parts: ['hands'], say: l('hands'), dad: l('d') },
  ],
};

describe('우리 몸 짝꿍 rules', () => {
  it('asks for one part, takes the right tap, and moves on only after a hit', () => {
    const g = new BodyMatch(data, 1);
    expect(g.wanted).toBe('head');
    expect(g.tap('feet')).toBe('miss');
    expect(g.wanted).toBe('head');
    expect(g.tap('head')).toBe('hit');
    g.next();
    expect(g.prompt.say.ko).toBe('kf');
  });

  it('takes a two-part step in order: the second part before the first is a miss', () => {
    const g = new BodyMatch(data, 1);
    g.tap('head');
    g.next();
    expect(g.tap('feet')).toBe('miss');
    expect(g.tap('knees')).toBe('progress');
    expect(g.wanted).toBe('feet');
    expect(g.tap('feet')).toBe('hit');
  });

  it('repeats the steps when a level asks for more targets than it has', () => {
    const g = new BodyMatch(data, 1);
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      seen.push(g.step.parts.join('+'));
      for (const p of g.step.parts) g.tap(p);
      g.next();
    }
    expect(seen).toEqual(['head', 'knees+feet', 'hands', 'head', 'knees+feet', 'hands']);
  });

  it('shuffles by seed: the same seed gives the same order, another seed may not', () => {
    const shuffled = { ...data, shuffle: true };
    const order = (seed: number): string[] => {
      const g = new BodyMatch(shuffled, seed);
      return [0, 1, 2].map(() => {
        const s = g.step.parts.join('+');
        g.next();
        return s;
      });
    };
    expect(order(42)).toEqual(order(42));
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => order(s).join())).size).toBeGreaterThan(1);
  });

  it("has a tap zone on dad's figure for every part, each at least 110 CSS px on a 10-inch tablet, none swallowed by another", () => {
    const h = 620;
    const zones = figureZones(640, 60, h);
    for (const p of PARTS) expect(zones.some((z) => z.part === p)).toBe(true);
    // The tablet shows 800 design px in about 690 CSS px of height (dad's strip beside it).
    const cssPerDesign = 690 / 800;
    for (const z of zones) {
      expect(z.r * 2 * cssPerDesign).toBeGreaterThanOrEqual(110);
      // Tapping a zone's centre always finds that zone.
      expect(zoneAt(zones, z.x, z.y)?.id).toBe(z.id);
    }
    expect(zoneAt(zones, 0, 0)).toBeNull();
  });

  it('takes a tap a little beside a part for that part, and every tap within its sure radius for that part', () => {
    const h = 600;
    const zones = figureZones(400, 40, h);
    const head = zones.find((z) => z.id === 'head')!;
    // Just outside the drawn circle, within reach: still the head.
    expect(zoneAt(zones, head.x, head.y - head.r * (REACH - 0.05))?.part).toBe('head');
    expect(zoneAt(zones, head.x, head.y - head.r * (REACH + 0.05))).toBeNull();
    for (const z of zones) {
      const r = sureRadius(z, zones);
      // Never smaller than the drawn zone's own size class: about a fifth of dad's height across.
      expect(r * 2, z.id).toBeGreaterThanOrEqual(0.2 * h);
      for (let a = 0; a < 24; a++) {
        const x = z.x + Math.cos((a / 24) * 2 * Math.PI) * r * 0.999;
        const y = z.y + Math.sin((a / 24) * 2 * Math.PI) * r * 0.999;
        expect(zoneAt(zones, x, y)?.part, `${z.id} at angle ${a * 15}°`).toBe(z.part);
      }
    }
  });

  it('finds the nearest zone where two zones touch', () => {
    const zones = [
      { id: 'a', part: 'knees' as const, x: 0, y: 0, r: 50 },
      { id: 'b', part: 'feet' as const, x: 60, y: 0, r: 50 },
    ];
    expect(zoneAt(zones, 20, 0)?.id).toBe('a');
    expect(zoneAt(zones, 40, 0)?.id).toBe('b');
  });

  it('ships levels whose steps name only known parts', () => {
    for (const f of ['body-35', 'body-67']) {
      const lvl = JSON.parse(readFileSync(`levels/body-match/${f}.json`, 'utf8')) as { data: BodyMatchData };
      for (const s of lvl.data.steps) for (const p of s.parts) expect(PARTS).toContain(p);
    }
  });
});
