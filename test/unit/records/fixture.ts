import type { ReportData } from '../../../src/shared/records/reports.ts';
import type { AttendanceRecord, AttendanceStatus, PersonRecord, SurveyRecord } from '../../../src/shared/records/schema.ts';

/**
 * A small center whose figures were worked out by hand (see reports.test.ts). Ids are fixed,
 * readable 26-character strings so failures name the person.
 */
const pad = (s: string): string => s.toUpperCase().replace(/[^0-9A-Z]/g, '0').padEnd(26, '0');
export const ID = new Proxy({} as Record<string, string>, { get: (_t, k: string) => pad(k.replace(/[ILOU]/g, 'X')) });
const T = '2026-03-01T00:00:00.000Z';
const base = (id: string, extra: { updatedAt?: string; deletedAt?: string | null } = {}) => ({ id, centerId: ID.CTR as string, createdAt: T, updatedAt: extra.updatedAt ?? T, deletedAt: extra.deletedAt ?? null });

export function fixture(threshold = 0.8): ReportData {
  const person = (id: string, familyId: string, role: PersonRecord['role'], deleted = false): PersonRecord => ({
    ...base(ID[id] as string, { deletedAt: deleted ? T : null }),
    familyId: ID[familyId] as string,
    role,
    name: role === 'child' ? '' : id,
    nickname: role === 'child' ? id : '',
    ageBand: role === 'child' ? '3-5' : null,
  });
  const people = [
    person('D1', 'F1', 'father'), person('C1', 'F1', 'child'),
    person('D2', 'F2', 'father'), person('C2', 'F2', 'child'), person('M2', 'F2', 'partner'),
    person('D3', 'F3', 'father'), person('C3', 'F3', 'child'),
    person('D4', 'F4', 'father'),
    person('D5', 'F5', 'father'), person('C5', 'F5', 'child'), person('D6', 'F5', 'partner', true),
  ];
  const familyOf = new Map(people.map((p) => [p.id, p.familyId]));
  let k = 0;
  const att = (session: string, who: string, status: AttendanceStatus, extra: { updatedAt?: string; deletedAt?: string | null } = {}): AttendanceRecord => ({
    ...base(pad(`AT${String(++k).padStart(4, "0")}`), extra),
    sessionId: ID[session] as string,
    personId: ID[who] as string,
    familyId: familyOf.get(ID[who] as string) as string,
    status,
  });
  const P = 'present', L = 'late', E = 'left-early', A = 'absent';
  const attendance: AttendanceRecord[] = [
    att('A1', 'D1', P), att('A1', 'C1', P), att('A1', 'D2', P), att('A1', 'C2', P), att('A1', 'M2', L), att('A1', 'D3', P), att('A1', 'C3', A), att('A1', 'D4', P),
    att('A2', 'D1', P), att('A2', 'C1', P), att('A2', 'D2', E), att('A2', 'C2', E), att('A2', 'D3', P), att('A2', 'C3', P),
    att('A3', 'D1', P), att('A3', 'C1', P), att('A3', 'D2', P), att('A3', 'C2', P), att('A3', 'D3', A), att('A3', 'C3', A),
    att('A3', 'D3', P, { deletedAt: '2026-04-05T00:00:00.000Z', updatedAt: '2026-04-05T00:00:00.000Z' }),
    att('A4', 'D1', P, { updatedAt: '2026-04-11T03:00:00.000Z' }), att('A4', 'D1', A, { updatedAt: '2026-04-11T02:00:00.000Z' }),
    att('A4', 'C1', L), att('A4', 'D2', P), att('A4', 'C2', P), att('A4', 'D3', P), att('A4', 'C3', P),
    att('B1', 'D5', P), att('B1', 'C5', P), att('B1', 'D6', P),
  ];
  let s = 0;
  const survey = (timePoint: SurveyRecord['timePoint'], who: string | null, answers: Record<string, number>, total: number | null, takenAt: string, deleted = false): SurveyRecord => ({
    ...base(pad(`SV${String(++s).padStart(4, "0")}`), { deletedAt: deleted ? T : null }),
    instrumentId: timePoint === 'satisfaction' ? 'satisfaction' : 'confidence',
    instrumentVersion: '1',
    timePoint,
    personId: who ? (ID[who] as string) : null,
    familyId: null,
    cohortId: ID.CA as string,
    answers,
    total,
    comment: '',
    language: 'ko',
    takenAt,
  });
  const apr = '2026-04-11T05:00:00.000Z';
  const surveys = [
    survey('satisfaction', 'D1', { a: 5, b: 4, c: 5 }, 4.67, apr),
    survey('satisfaction', 'D2', { a: 3, b: 4 }, 3.5, apr),
    survey('satisfaction', 'D3', { a: 5, b: 5, c: 2 }, 4, apr),
    survey('satisfaction', 'D4', { a: 1, b: 1, c: 1 }, 1, apr, true),
    survey('pre', 'D1', {}, 20, '2026-03-07T01:00:00.000Z'), survey('post', 'D1', {}, 26, apr),
    survey('pre', 'D2', {}, 18, '2026-03-07T01:00:00.000Z'), survey('post', 'D2', {}, 20, apr),
    survey('pre', 'D3', {}, 10, '2026-03-07T01:00:00.000Z'), survey('pre', 'D3', {}, 22, '2026-03-07T02:00:00.000Z'), survey('post', 'D3', {}, 22, apr),
    survey('pre', 'D4', {}, 24, '2026-03-07T01:00:00.000Z'), survey('post', 'D4', {}, 28, apr),
    survey('pre', 'D5', {}, 15, '2026-04-18T01:00:00.000Z'),
  ];
  let m = 0;
  const activity = (kind: 'mission' | 'game', family: string | null) => ({
    ...base(pad(`AC${String(++m).padStart(4, "0")}`)),
    kind,
    refId: 'read-together',
    levelId: null,
    ageBand: '3-5' as const,
    seconds: 600,
    where: 'home' as const,
    familyId: family ? (ID[family] as string) : null,
    doneAt: '2026-04-08T10:00:00.000Z',
  });
  const fam = (id: string, cohort: string, status: 'enrolled' | 'waitlist' = 'enrolled') => ({ ...base(ID[id] as string), code: `GN-${id.padEnd(4, '2').slice(0, 4).replace(/[^234678A-HJKMNPQRTW-Z]/g, '2')}`, cohortId: ID[cohort] as string, status, mergedInto: null, note: '' });
  const session = (id: string, cohort: string, date: string) => ({ ...base(ID[id] as string), cohortId: ID[cohort] as string, date, guideId: null, facilitator: '', note: '' });
  return {
    centers: [{ ...base(ID.CTR as string), name: '강남구가족센터', district: 'GN', completionThreshold: threshold, minGroupSize: 5 }],
    programs: [
      { ...base(ID.P1 as string), kind: 'appa-master', name: '아빠육아달인', year: 2026, area: 'father-role', method: 'culture-experience', unit: 'family', delivery: 'in-person' },
      { ...base(ID.P2 as string), kind: 'aja', name: '아자프로젝트', year: 2026, area: 'family-relations', method: 'culture-experience', unit: 'family', delivery: 'in-person' },
    ],
    cohorts: [
      { ...base(ID.CA as string), programId: ID.P1 as string, name: 'A반', term: '2026-1', ageBand: '3-5', capacity: 10, plannedSessions: 4 },
      { ...base(ID.CB as string), programId: ID.P2 as string, name: 'B반', term: '2026-1', ageBand: '6-7', capacity: 10, plannedSessions: 2 },
    ],
    sessions: [session('A1', 'CA', '2026-03-07'), session('A2', 'CA', '2026-03-14'), session('A3', 'CA', '2026-04-04'), session('A4', 'CA', '2026-04-11'), session('B1', 'CB', '2026-04-18'), session('B2', 'CB', '2026-05-02')],
    families: [fam('F1', 'CA'), fam('F2', 'CA'), fam('F3', 'CA'), fam('F4', 'CA', 'waitlist'), fam('F5', 'CB')],
    persons: people,
    attendance,
    activities: [activity('mission', 'F1'), activity('mission', 'F1'), activity('mission', 'F2'), activity('mission', 'F5'), activity('mission', null), activity('game', 'F3')],
    surveys,
  };
}
