import { describe, expect, it } from 'vitest';
import { computeFigures, groupFigures, periodKey, seoulDate, shareable } from '../../../src/shared/records/reports.ts';
import { ENTITY_SCHEMAS } from '../../../src/shared/records/schema.ts';
import { fixture } from './fixture.ts';

/*
 * The data set (fixture.ts), by hand. Cohort A (program P1, 3-5, 4 planned sessions): F1 = D1 + C1,
 * F2 = D2 + C2 + partner M2, F3 = D3 + C3 enrolled; F4 = D4 on the waitlist. Cohort B (P2, 6-7,
 * 2 planned): F5 = D5 + C5 (+ partner D6, deleted). P present, L late, E left early, – absent.
 *
 *          D1 C1 D2 C2 M2 D3 C3 D4 | D5 C5 D6(deleted)
 *   A1 3/7  P  P  P  P  L  P  –  P |
 *   A2 3/14 P  P  E  E  .  P  P  . |
 *   A3 4/4  P  P  P  P  .  –  –  . |            (+ a deleted "present" row for D3: not counted)
 *   A4 4/11 P  L  P  P  .  P  P  . |            (+ an older "absent" copy of D1's row: the later P counts)
 *   B1 4/18                        | P  P  P    (D6's row does not count: the person is deleted)
 *   B2 5/2  (no attendance: not held)
 *
 * 연인원: A1 7 + A2 6 + A3 4 + A4 6 + B1 2 = 25.
 * 실인원: D1 C1 D2 C2 M2 D3 C3 D4 D5 C5 = 10 → fathers D1–D5 = 5, children C1 C2 C3 C5 = 4, partner M2 = 1.
 * 가족: F1–F5 = 5. 회기: A1–A4, B1 = 5.
 * 출석률: cohort A enrolled persons 7 (F1 2 + F2 3 + F3 2) × 4 held = 28 expected; their rows 23 − D4's 1 = 22.
 *         cohort B enrolled persons 2 × 1 held = 2; rows 2. → 24 / 30 = 0.8.
 * 수료 (80 %): A needs 4/4 (3/4 = 0.75 < 0.8): D1 4, C1 4, D2 4, C2 4 ✓; M2 1, D3 3, C3 2 ✗.
 *         B: denominator max(planned 2, held 1) = 2: D5 1/2, C5 1/2 ✗. → 4 of 9.
 *         At 75 %: D3 (3/4) completes too → 5 of 9.
 * 만족도: items 5 4 5 | 3 4 | 5 5 2 (the deleted response is left out) → 8 items, sum 33, mean 4.125;
 *         distribution 1:0 2:1 3:1 4:2 5:4; 3 responses.
 * 사전→사후 (confidence): D1 20→26 (+6), D2 18→20 (+2), D3 latest pre 22→22 (0), D4 24→28 (+4); D5 has no post.
 *         n 4, mean pre 21, mean post 24, mean change 3; deviations 3 −1 −3 1, squares 20, ÷ 3 = 6.667,
 *         SD 2.5820; d = 3 / 2.5820 = 1.1619.
 * 미션: enrolled families in scope F1 F2 F3 F5 = 4; with a mission F1 F2 F5 = 3 → 0.75; missions with a
 *         family 4 (the one without a family and the game do not count).
 */
describe('report figures on a hand-computed data set', () => {
  const f = computeFigures(fixture());

  it('counts persons, attendances, families and sessions', () => {
    expect(f.attendances).toBe(25);
    expect(f.persons).toEqual({ total: 10, father: 5, child: 4, partner: 1 });
    expect(f.families).toBe(5);
    expect(f.sessionsHeld).toBe(5);
  });

  it('computes attendance rate and completion with the center threshold', () => {
    expect(f.attendanceRate).toBeCloseTo(0.8, 10);
    expect(f.completion).toEqual({ eligible: 9, completed: 4, rate: 4 / 9 });
    expect(computeFigures(fixture(0.75)).completion.completed).toBe(5);
  });

  it('computes satisfaction mean and distribution', () => {
    expect(f.satisfaction).toEqual({ responses: 3, items: 8, mean: 4.125, distribution: [0, 1, 1, 2, 4] });
  });

  it('computes the paired pre→post change and effect size', () => {
    expect(f.prePost).toHaveLength(1);
    const p = f.prePost[0]!;
    expect(p).toMatchObject({ instrumentId: 'confidence', n: 4, meanPre: 21, meanPost: 24, meanDiff: 3 });
    expect(p.sdDiff).toBeCloseTo(Math.sqrt(20 / 3), 10);
    expect(p.effectSize).toBeCloseTo(1.1619, 4);
  });

  it('computes mission completion', () => {
    expect(f.missions).toEqual({ enrolledFamilies: 4, familiesWithMission: 3, rate: 0.75, count: 4 });
  });

  it('splits by month and quarter', () => {
    // March: A1 7 + A2 6 = 13 rows; persons D1 C1 D2 C2 M2 D3 C3 D4 = 8. April: A3 4 + A4 6 + B1 2 = 12;
    // persons D1 C1 D2 C2 D3 C3 D5 C5 = 8. May: B2 only, nothing held.
    const months = groupFigures(fixture(), 'month');
    expect(months.map((m) => [m.key, m.figures.attendances, m.figures.persons.total])).toEqual([
      ['2026-03', 13, 8],
      ['2026-04', 12, 8],
      ['2026-05', 0, 0],
    ]);
    // The satisfaction responses were taken in April (Seoul time).
    expect(months[1]?.figures.satisfaction.responses).toBe(3);
    expect(months[0]?.figures.satisfaction.responses).toBe(0);
    const quarters = groupFigures(fixture(), 'quarter');
    expect(quarters.map((q) => [q.key, q.figures.attendances])).toEqual([
      ['2026-Q1', 13],
      ['2026-Q2', 12],
    ]);
    expect(groupFigures(fixture(), 'year').map((y) => [y.key, y.figures.attendances])).toEqual([['2026', 25]]);
  });

  it('splits by program, cohort and age band, and hides groups under five in shared output', () => {
    const ID = fixture().programs.map((p) => p.id);
    const programs = groupFigures(fixture(), 'program');
    // P1 = cohort A: 23 rows, 8 persons. P2 = cohort B: 2 rows, 2 persons → under 5, hidden when shared.
    expect(programs.map((p) => [p.key, p.figures.attendances, p.figures.persons.total, p.small])).toEqual([
      [ID[0], 23, 8, false],
      [ID[1], 2, 2, true],
    ]);
    expect(shareable(programs[1]!).figures).toBeNull();
    // P1 keeps its figures, but its 3 satisfaction responses and 4 pre/post pairs are under 5: withheld.
    const shared = shareable(programs[0]!).figures!;
    expect(shared.attendances).toBe(23);
    expect(shared.satisfaction.mean).toBeNull();
    expect(shared.satisfaction.hidden).toBe(true);
    expect(shared.prePost).toEqual([]);
    expect(groupFigures(fixture(), 'ageBand').map((g) => [g.key, g.figures.attendances])).toEqual([
      ['3-5', 23],
      ['6-7', 2],
    ]);
    expect(groupFigures(fixture(), 'cohort').map((g) => g.figures.completion)).toEqual([
      { eligible: 7, completed: 4, rate: 4 / 7 },
      { eligible: 2, completed: 0, rate: 0 },
    ]);
  });

  it('filters by date range and age band', () => {
    expect(computeFigures(fixture(), { from: '2026-04-01', to: '2026-04-30' }).attendances).toBe(12);
    expect(computeFigures(fixture(), { ageBand: '6-7' }).persons).toEqual({ total: 2, father: 1, child: 1, partner: 0 });
  });

  it('uses Seoul time for periods', () => {
    // 15:30 UTC on 31 March is 00:30 on 1 April in Seoul.
    expect(seoulDate('2026-03-31T15:30:00.000Z')).toBe('2026-04-01');
    expect(periodKey('2026-11-02', 'quarter')).toBe('2026-Q4');
  });

  it('the fixture itself is valid records', () => {
    const d = fixture();
    const pairs = [
      ['center', d.centers], ['program', d.programs], ['cohort', d.cohorts], ['session', d.sessions], ['family', d.families],
      ['person', d.persons], ['attendance', d.attendance], ['activity', d.activities], ['survey', d.surveys],
    ] as const;
    for (const [e, rows] of pairs) for (const r of rows) expect(ENTITY_SCHEMAS[e].safeParse(r).success, `${e} ${JSON.stringify(r)}`).toBe(true);
  });
});

describe('the fixture', () => {
  it('has unique record ids, as a store keyed by id needs', () => {
    const d = fixture();
    const all = [...d.centers, ...d.programs, ...d.cohorts, ...d.sessions, ...d.families, ...d.persons, ...d.attendance, ...d.activities, ...d.surveys].map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
  });
});
