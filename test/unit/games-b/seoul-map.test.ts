import { describe, expect, it } from 'vitest';
import { OutingMap, PLACE_IDS, directionTo, isPlaceId, type MapRules, type MapSpot } from '../../../src/games/seoul-map/logic.ts';

const spots: MapSpot[] = [
  { id: 'n-seoul-tower', x: 0.47, y: 0.4 },
  { id: 'gyeongbokgung', x: 0.42, y: 0.22 },
  { id: 'lotte-tower', x: 0.8, y: 0.64 },
  { id: 'hangang-park', x: 0.45, y: 0.55 },
];
const find: MapRules = { offer: ['n-seoul-tower', 'gyeongbokgung', 'lotte-tower'], planSize: 2, placing: 'find', radius: 0.11, glowAfter: 2 };

describe('서울 나들이 지도 rules', () => {
  it('knows exactly the sixteen place ids', () => {
    expect(PLACE_IDS).toHaveLength(16);
    expect(new Set(PLACE_IDS).size).toBe(16);
    expect(isPlaceId('line-2')).toBe(true);
    expect(isPlaceId('namsan')).toBe(false);
  });

  it('places by tap then tap, and keeps the order as the outing plan', () => {
    const m = new OutingMap(spots, find);
    expect(m.tapMap(0.5, 0.5)).toEqual({ kind: 'pick-a-sticker' });
    expect(m.select('gyeongbokgung')).toBe('selected');
    expect(m.tapMap(0.44, 0.25)).toEqual({ kind: 'placed', id: 'gyeongbokgung', order: 1, complete: false });
    expect(m.select('gyeongbokgung')).toBe('already-placed');
    m.select('lotte-tower');
    expect(m.tapMap(0.78, 0.6)).toMatchObject({ kind: 'placed', order: 2, complete: true });
    expect(m.plan()).toEqual(['gyeongbokgung', 'lotte-tower']);
    expect(m.select('n-seoul-tower')).toBe('plan-full');
  });

  it('answers a far tap with a direction, then lights the spot so success is always reachable', () => {
    const m = new OutingMap(spots, find);
    m.select('lotte-tower');
    expect(m.glowing()).toBe(false);
    expect(m.tapMap(0.2, 0.6)).toEqual({ kind: 'try-again', id: 'lotte-tower', direction: 'east', glow: false });
    expect(m.tapMap(0.8, 0.1)).toEqual({ kind: 'try-again', id: 'lotte-tower', direction: 'south', glow: true });
    expect(m.glowing()).toBe(true);
    // Once it glows, any tap on the map brings the sticker home.
    expect(m.tapMap(0.1, 0.1)).toMatchObject({ kind: 'placed', id: 'lotte-tower' });
  });

  it('glow mode (3–5) sends every sticker home on any map tap', () => {
    const m = new OutingMap(spots, { ...find, placing: 'glow' });
    m.select('n-seoul-tower');
    expect(m.glowing()).toBe(true);
    expect(m.tapMap(0.99, 0.99)).toMatchObject({ kind: 'placed', id: 'n-seoul-tower' });
  });

  it('lets a sticker come off again and renumbers the stops', () => {
    const m = new OutingMap(spots, { ...find, planSize: 3, placing: 'glow' });
    for (const id of ['gyeongbokgung', 'n-seoul-tower', 'lotte-tower'] as const) {
      m.select(id);
      m.tapMap(0, 0);
    }
    expect(m.remove('gyeongbokgung')).toBe(true);
    expect(m.placed).toEqual([
      { id: 'n-seoul-tower', order: 1 },
      { id: 'lotte-tower', order: 2 },
    ]);
    expect(m.complete).toBe(false);
    expect(m.remove('gyeongbokgung')).toBe(false);
  });

  it('refuses stickers that are not offered and rules that cannot finish', () => {
    const m = new OutingMap(spots, find);
    expect(m.select('hangang-park')).toBe('not-offered');
    expect(() => new OutingMap(spots, { ...find, offer: ['ddp'] })).toThrow(/ddp/);
    expect(() => new OutingMap(spots, { ...find, planSize: 4 })).toThrow(/planSize/);
  });

  it('names the compass direction by the farther axis', () => {
    expect(directionTo({ x: 0.5, y: 0.5 }, { x: 0.5, y: 0.1 })).toBe('north');
    expect(directionTo({ x: 0.5, y: 0.5 }, { x: 0.1, y: 0.45 })).toBe('west');
  });
});
