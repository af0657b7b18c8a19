import type { Cell } from './csv.ts';
import type { Figures, SharedRow } from './reports.ts';

/**
 * The report as a table in the columns a center copies into the national system. The headers are
 * Korean in every UI language on purpose: the file goes to Korean reporting forms.
 */
export const REPORT_HEADERS = [
  '구분', '실인원(계)', '실인원(아버지)', '실인원(자녀)', '실인원(배우자)', '연인원', '가족 수', '회기 수',
  '출석률(%)', '수료 대상', '수료 인원', '수료율(%)',
  '만족도 응답 수', '만족도 평균(5점)', '만족도 1점', '만족도 2점', '만족도 3점', '만족도 4점', '만족도 5점',
  '사전사후 척도', '사전사후 n', '사전 평균', '사후 평균', '평균 변화', '효과크기 d',
  '미션 대상 가족', '미션 수행 가족', '미션 수행률(%)', '미션 수',
] as const;

const pct = (v: number | null): Cell => (v === null ? null : Math.round(v * 1000) / 10);
const r2 = (v: number | null): Cell => (v === null ? null : Math.round(v * 100) / 100);

export function figuresRow(label: string, f: Figures | null, instrumentId: string): Cell[] {
  if (!f) return [label, ...REPORT_HEADERS.slice(1).map(() => '*')];
  const pp = f.prePost.find((p) => p.instrumentId === instrumentId) ?? null;
  const sat = f.satisfaction;
  return [
    label, f.persons.total, f.persons.father, f.persons.child, f.persons.partner, f.attendances, f.families, f.sessionsHeld,
    pct(f.attendanceRate), f.completion.eligible, f.completion.completed, pct(f.completion.rate),
    sat.responses, sat.hidden ? '*' : r2(sat.mean), ...(sat.hidden ? ['*', '*', '*', '*', '*'] : sat.distribution),
    pp ? instrumentId : null, pp?.n ?? null, r2(pp?.meanPre ?? null), r2(pp?.meanPost ?? null), r2(pp?.meanDiff ?? null), r2(pp?.effectSize ?? null),
    f.missions.enrolledFamilies, f.missions.familiesWithMission, pct(f.missions.rate), f.missions.count,
  ];
}

export function reportTable(total: Figures, rows: ReadonlyArray<{ label: string; row: SharedRow }>, instrumentId = 'confidence'): Cell[][] {
  return [[...REPORT_HEADERS], figuresRow('전체', total, instrumentId), ...rows.map((r) => figuresRow(r.label, r.row.figures, instrumentId))];
}
