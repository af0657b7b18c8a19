import { describe, expect, it } from 'vitest';
import { emptyState, isDay, localDay, normalize, stampCount, stampPlace, tickMission } from '../../../src/passport/family-model.ts';
import { filterGuides } from '../../../src/guides/filter.ts';

describe('family model', () => {
  it('counts a mission once a day, on the days it was done', () => {
    let s = emptyState();
    const a = tickMission(s, 'dal-01-child-led-play', 'dal-01-know-your-child', '2026-11-20');
    expect(a.added).toBe(true);
    s = a.state;
    const again = tickMission(s, 'dal-01-child-led-play', 'dal-01-know-your-child', '2026-11-20');
    expect(again.added).toBe(false);
    expect(again.state).toBe(s);
    s = tickMission(s, 'dal-01-child-led-play', 'dal-01-know-your-child', '2026-11-18').state;
    expect(s.missions['dal-01-child-led-play']).toEqual({ guideId: 'dal-01-know-your-child', days: ['2026-11-18', '2026-11-20'] });
  });

  it('stamps a place once as a new visit; changing it later is not a second visit', () => {
    const now = new Date('2026-11-25T10:00:00Z');
    const first = stampPlace(emptyState(), 'seoul-forest', '2026-11-22', null, now);
    expect(first.isNew).toBe(true);
    const redraw = stampPlace(first.state, 'seoul-forest', '2026-11-23', 'data:image/png;base64,AAAA', now);
    expect(redraw.isNew).toBe(false);
    expect(redraw.state.stamps['seoul-forest']).toEqual({ date: '2026-11-23', drawing: 'data:image/png;base64,AAAA', savedAt: now.toISOString() });
    expect(stampCount(redraw.state)).toBe(1);
  });

  it('reads damaged stored data without crashing, keeping what is valid', () => {
    expect(normalize(null)).toEqual(emptyState());
    expect(normalize('garbage')).toEqual(emptyState());
    const s = normalize({
      chosenGuide: 'dal-02-serve-and-return',
      missions: { ok: { guideId: 'g', days: ['2026-11-01', '2026-02-30', 5] }, bad: { days: 'x' } },
      stamps: { ddp: { date: '2026-10-03', drawing: 'javascript:alert(1)', savedAt: 'x' }, atlantis: { date: '2026-10-03' }, bukchon: { date: 'yesterday' } },
    });
    expect(s.chosenGuide).toBe('dal-02-serve-and-return');
    expect(s.missions).toEqual({ ok: { guideId: 'g', days: ['2026-11-01'] } });
    expect(s.stamps).toEqual({ ddp: { date: '2026-10-03', drawing: null, savedAt: 'x' } });
  });

  it('uses the device-local day and validates real calendar days', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('26-2-1')).toBe(false);
  });
});

describe('class-mode list filter', () => {
  const guides = [
    { id: 'a', program: 'dal' as const, ageBands: [{ band: '0-2' as const }, { band: '3-5' as const }] },
    { id: 'b', program: 'aja' as const, ageBands: [{ band: '6-7' as const }, { band: '8-12' as const }] },
    { id: 'c', program: 'center' as const, ageBands: [{ band: '3-5' as const }] },
  ].map((g) => ({ ...g, ageBands: g.ageBands.map((b) => ({ ...b, text: { ko: '', en: '', zh: '', ja: '', vi: '' } })) }));
  it('filters by program and by age band, together', () => {
    expect(filterGuides(guides, 'all', 'all').map((g) => g.id)).toEqual(['a', 'b', 'c']);
    expect(filterGuides(guides, 'dal', 'all').map((g) => g.id)).toEqual(['a']);
    expect(filterGuides(guides, 'all', '3-5').map((g) => g.id)).toEqual(['a', 'c']);
    expect(filterGuides(guides, 'aja', '3-5').map((g) => g.id)).toEqual([]);
  });
});
