import type {
  ActivityRecord,
  AgeBand,
  AttendanceRecord,
  CenterRecord,
  CohortRecord,
  FamilyRecord,
  PersonRecord,
  ProgramRecord,
  SessionRecord,
  SurveyRecord,
} from './schema.ts';

/**
 * The figures centers owe the city, as pure functions over arrays of clear records (the browser's
 * store and the server's tables feed the same code). Counting rules, also printed in every report:
 *
 * - Only live records count (a tombstone is gone). One attendance row per person × session: if two
 *   devices recorded the same person for the same session, the later edit counts.
 * - An attendance counts when its status is present, late or left early ("absent" does not).
 * - 연인원 = counted attendance rows. 실인원 = distinct persons with a counted row, split by role.
 *   가족 = distinct families with a counted row. 회기 = distinct sessions with a counted row.
 * - Period (month, quarter, year) of an attendance = its session's date; of a survey or activity =
 *   its date in Seoul time.
 * - 출석률 = rows of enrolled persons ÷ (enrolled persons × sessions held), summed over cohorts.
 * - 수료: a person of an enrolled family completes when their counted sessions ÷ the cohort's
 *   sessions ≥ the center's threshold (default 80 %); the cohort's sessions = the larger of planned
 *   and held. Cohorts with a held session in the period are included; their whole attendance counts.
 * - 만족도 = mean of every answered 1–5 item of satisfaction responses; distribution counts item answers.
 * - 사전→사후: per instrument, each person's latest pre and latest post total; n pairs, mean change,
 *   SD of the changes, effect size d = mean change ÷ SD of changes (paired; shown for n ≥ 2).
 * - 미션 수행률 = enrolled families with at least one recorded home mission ÷ enrolled families.
 * - Age band of a group = the cohort's age band.
 * - In outputs for others, groups with fewer than the center's minimum (default 5) persons or
 *   responses are hidden.
 */

export interface ReportData {
  centers: CenterRecord[];
  programs: ProgramRecord[];
  cohorts: CohortRecord[];
  sessions: SessionRecord[];
  families: FamilyRecord[];
  persons: PersonRecord[];
  attendance: AttendanceRecord[];
  activities: ActivityRecord[];
  surveys: SurveyRecord[];
}

export interface ReportFilter {
  /** Inclusive ISO dates (YYYY-MM-DD). */
  from?: string;
  to?: string;
  programId?: string;
  cohortId?: string;
  ageBand?: AgeBand;
  centerId?: string;
}

export const GROUP_BYS = ['month', 'quarter', 'year', 'program', 'cohort', 'ageBand', 'center'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export interface PrePost {
  instrumentId: string;
  n: number;
  meanPre: number | null;
  meanPost: number | null;
  meanDiff: number | null;
  sdDiff: number | null;
  effectSize: number | null;
}

export interface Figures {
  persons: { total: number; father: number; child: number; partner: number };
  attendances: number;
  families: number;
  sessionsHeld: number;
  attendanceRate: number | null;
  completion: { eligible: number; completed: number; rate: number | null };
  /** `hidden` in shared outputs when fewer responses than the minimum group size. */
  satisfaction: { responses: number; items: number; mean: number | null; distribution: [number, number, number, number, number]; hidden?: boolean };
  prePost: PrePost[];
  missions: { enrolledFamilies: number; familiesWithMission: number; rate: number | null; count: number };
}

export interface GroupRow {
  key: string;
  figures: Figures;
  /** True when a figure of this group rests on fewer people than the center's minimum. */
  small: boolean;
}

export const DEFAULT_THRESHOLD = 0.8;
export const DEFAULT_MIN_GROUP = 5;
const COUNTED = new Set(['present', 'late', 'left-early']);
const SEOUL_OFFSET_MS = 9 * 3600_000;

export function seoulDate(iso: string): string {
  return new Date(Date.parse(iso) + SEOUL_OFFSET_MS).toISOString().slice(0, 10);
}

export function periodKey(date: string, by: 'month' | 'quarter' | 'year'): string {
  const y = date.slice(0, 4);
  if (by === 'year') return y;
  const m = Number(date.slice(5, 7));
  return by === 'month' ? `${y}-${date.slice(5, 7)}` : `${y}-Q${Math.ceil(m / 3)}`;
}

const live = <T extends { deletedAt: string | null }>(rows: T[]): T[] => rows.filter((r) => r.deletedAt === null);

/** Indexes built once per report so that 100,000 attendance rows stay a single pass. */
interface Index {
  sessions: Map<string, SessionRecord>;
  cohorts: Map<string, CohortRecord>;
  programs: Map<string, ProgramRecord>;
  persons: Map<string, PersonRecord>;
  families: Map<string, FamilyRecord>;
  centers: Map<string, CenterRecord>;
  /** Counted attendance, deduplicated per person × session. */
  rows: AttendanceRecord[];
  // What does not depend on the filter, computed once per data set.
  enrolledFamilies: Map<string, FamilyRecord[]>;
  personsOfFamily: Map<string, PersonRecord[]>;
  /** Sessions with a counted row, per cohort (all time: the completion denominator). */
  allHeld: Map<string, Set<string>>;
  /** Counted sessions per person (all time: the completion numerator). */
  attendedByPerson: Map<string, number>;
  /** Per counted row: the person's family, and whether that family is enrolled in the session's cohort. */
  rowFamily: string[];
  rowEnrolled: boolean[];
}

// A report screen redraws the same data under many groupings; the index is built once per data set.
const indexCache = new WeakMap<ReportData, Index>();

function indexOf(d: ReportData): Index {
  let ix = indexCache.get(d);
  if (!ix) {
    ix = buildIndex(d);
    indexCache.set(d, ix);
  }
  return ix;
}

function buildIndex(d: ReportData): Index {
  const byId = <T extends { id: string }>(rows: T[]): Map<string, T> => new Map(rows.map((r) => [r.id, r]));
  const sessions = byId(live(d.sessions));
  const persons = byId(live(d.persons));
  const latest = new Map<string, AttendanceRecord>();
  for (const a of d.attendance) {
    if (a.deletedAt !== null || !sessions.has(a.sessionId) || !persons.has(a.personId)) continue;
    const k = `${a.sessionId}|${a.personId}`;
    const prev = latest.get(k);
    if (!prev || a.updatedAt > prev.updatedAt || (a.updatedAt === prev.updatedAt && a.id > prev.id)) latest.set(k, a);
  }
  const rows = [...latest.values()].filter((a) => COUNTED.has(a.status));
  const families = byId(live(d.families));
  const enrolledFamilies = new Map<string, FamilyRecord[]>();
  for (const fam of families.values()) {
    if (fam.status !== 'enrolled' || !fam.cohortId) continue;
    const list = enrolledFamilies.get(fam.cohortId) ?? [];
    list.push(fam);
    enrolledFamilies.set(fam.cohortId, list);
  }
  const personsOfFamily = new Map<string, PersonRecord[]>();
  for (const p of persons.values()) {
    const list = personsOfFamily.get(p.familyId) ?? [];
    list.push(p);
    personsOfFamily.set(p.familyId, list);
  }
  const allHeld = new Map<string, Set<string>>();
  const attendedByPerson = new Map<string, number>();
  for (const a of rows) {
    const c = sessions.get(a.sessionId)?.cohortId;
    if (c) {
      const set = allHeld.get(c) ?? new Set<string>();
      set.add(a.sessionId);
      allHeld.set(c, set);
    }
    attendedByPerson.set(a.personId, (attendedByPerson.get(a.personId) ?? 0) + 1);
  }
  const rowFamily: string[] = [];
  const rowEnrolled: boolean[] = [];
  for (const a of rows) {
    const familyId = persons.get(a.personId)?.familyId ?? a.familyId;
    const fam = families.get(familyId);
    rowFamily.push(familyId);
    rowEnrolled.push(fam?.status === 'enrolled' && fam.cohortId === sessions.get(a.sessionId)?.cohortId);
  }
  return {
    sessions,
    cohorts: byId(live(d.cohorts)),
    programs: byId(live(d.programs)),
    persons,
    families,
    centers: byId(live(d.centers)),
    rows,
    enrolledFamilies,
    personsOfFamily,
    allHeld,
    attendedByPerson,
    rowFamily,
    rowEnrolled,
  };
}

interface Scope {
  /** Which sessions are in (by date and cohort attributes). */
  session: (s: SessionRecord) => boolean;
  /** Which dated things (surveys, activities) are in, by their Seoul date and cohort. */
  dated: (date: string, cohortId: string | null) => boolean;
}

function cohortMatches(ix: Index, f: ReportFilter, cohortId: string | null): boolean {
  if (!f.cohortId && !f.programId && !f.ageBand && !f.centerId) return true;
  const c = cohortId ? ix.cohorts.get(cohortId) : undefined;
  if (!c) return false;
  if (f.cohortId && c.id !== f.cohortId) return false;
  if (f.programId && c.programId !== f.programId) return false;
  if (f.ageBand && c.ageBand !== f.ageBand) return false;
  if (f.centerId && c.centerId !== f.centerId) return false;
  return true;
}

function scopeOf(ix: Index, f: ReportFilter): Scope {
  const inDates = (date: string): boolean => (!f.from || date >= f.from) && (!f.to || date <= f.to);
  return {
    session: (s) => inDates(s.date) && cohortMatches(ix, f, s.cohortId),
    dated: (date, cohortId) => inDates(date) && cohortMatches(ix, f, cohortId),
  };
}

function mean(xs: number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

function sampleSd(xs: number[]): number | null {
  const m = mean(xs);
  if (m === null || xs.length < 2) return null;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

/** `only`: the indexes of the rows that can be in scope (a group's bucket), or all rows when absent. */
function figuresFor(ix: Index, d: ReportData, scope: Scope, threshold: (cohortId: string) => number, only?: number[]): Figures {
  const sessionIn = new Map<string, boolean>();
  const inScope = (sessionId: string): boolean => {
    let v = sessionIn.get(sessionId);
    if (v === undefined) {
      const s = ix.sessions.get(sessionId);
      v = s ? scope.session(s) : false;
      sessionIn.set(sessionId, v);
    }
    return v;
  };

  const { enrolledFamilies, personsOfFamily, allHeld, attendedByPerson } = ix;
  const persons = new Set<string>();
  const families = new Set<string>();
  const held = new Set<string>();
  let attendances = 0;
  let enrolledRows = 0;
  const { rows, rowFamily, rowEnrolled } = ix;
  const n = only ? only.length : rows.length;
  for (let j = 0; j < n; j++) {
    const i = only ? (only[j] as number) : j;
    const a = rows[i] as AttendanceRecord;
    if (!inScope(a.sessionId)) continue;
    attendances++;
    persons.add(a.personId);
    families.add(rowFamily[i] as string);
    held.add(a.sessionId);
    if (rowEnrolled[i]) enrolledRows++;
  }
  const byRole = { father: 0, child: 0, partner: 0 };
  for (const p of persons) {
    const role = ix.persons.get(p)?.role;
    if (role) byRole[role]++;
  }
  const heldByCohort = new Map<string, Set<string>>();
  for (const s of held) {
    const c = ix.sessions.get(s)?.cohortId;
    if (!c) continue;
    const set = heldByCohort.get(c) ?? new Set<string>();
    set.add(s);
    heldByCohort.set(c, set);
  }
  let expected = 0;
  let eligible = 0;
  let completed = 0;
  let famEnrolled = 0;
  const scopeFamilies = new Set<string>();
  for (const [cohortId, sessionsHere] of heldByCohort) {
    const cohort = ix.cohorts.get(cohortId);
    const fams = enrolledFamilies.get(cohortId) ?? [];
    const people = fams.flatMap((f) => personsOfFamily.get(f.id) ?? []);
    expected += people.length * sessionsHere.size;
    const denominator = Math.max(cohort?.plannedSessions ?? 0, allHeld.get(cohortId)?.size ?? 0);
    const th = threshold(cohortId);
    for (const p of people) {
      eligible++;
      if (denominator > 0 && (attendedByPerson.get(p.id) ?? 0) / denominator >= th - 1e-9) completed++;
    }
    famEnrolled += fams.length;
    for (const f of fams) scopeFamilies.add(f.id);
  }

  // Surveys: satisfaction items and paired pre/post totals.
  const dist: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  const satValues: number[] = [];
  let responses = 0;
  const pre = new Map<string, SurveyRecord>();
  const post = new Map<string, SurveyRecord>();
  for (const s of d.surveys) {
    if (s.deletedAt !== null || !scope.dated(seoulDate(s.takenAt), s.cohortId)) continue;
    if (s.timePoint === 'satisfaction') {
      let any = false;
      for (const v of Object.values(s.answers)) {
        if (Number.isInteger(v) && v >= 1 && v <= 5) {
          dist[v - 1] = (dist[v - 1] ?? 0) + 1;
          satValues.push(v);
          any = true;
        }
      }
      if (any) responses++;
    } else if (s.total !== null && s.personId) {
      const m = s.timePoint === 'pre' ? pre : post;
      const k = `${s.instrumentId}|${s.personId}`;
      const prev = m.get(k);
      if (!prev || s.takenAt > prev.takenAt) m.set(k, s);
    }
  }
  const diffsBy = new Map<string, Array<{ pre: number; post: number }>>();
  for (const [k, p] of post) {
    const q = pre.get(k);
    if (!q || q.total === null || p.total === null) continue;
    const list = diffsBy.get(p.instrumentId) ?? [];
    list.push({ pre: q.total, post: p.total });
    diffsBy.set(p.instrumentId, list);
  }
  const prePost: PrePost[] = [...diffsBy.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([instrumentId, pairs]) => {
      const diffs = pairs.map((x) => x.post - x.pre);
      const meanDiff = mean(diffs);
      const sdDiff = sampleSd(diffs);
      return {
        instrumentId,
        n: pairs.length,
        meanPre: mean(pairs.map((x) => x.pre)),
        meanPost: mean(pairs.map((x) => x.post)),
        meanDiff,
        sdDiff,
        effectSize: meanDiff !== null && sdDiff !== null && sdDiff > 0 ? meanDiff / sdDiff : null,
      };
    });

  // Home missions of enrolled families in scope.
  const withMission = new Set<string>();
  let missionCount = 0;
  for (const a of d.activities) {
    if (a.deletedAt !== null || a.kind !== 'mission' || !a.familyId) continue;
    const fam = ix.families.get(a.familyId);
    if (!fam || !scope.dated(seoulDate(a.doneAt), fam.cohortId)) continue;
    missionCount++;
    if (scopeFamilies.has(fam.id)) withMission.add(fam.id);
  }

  return {
    persons: { total: persons.size, ...byRole },
    attendances,
    families: families.size,
    sessionsHeld: held.size,
    attendanceRate: expected > 0 ? enrolledRows / expected : null,
    completion: { eligible, completed, rate: eligible > 0 ? completed / eligible : null },
    satisfaction: { responses, items: satValues.length, mean: mean(satValues), distribution: dist },
    prePost,
    missions: { enrolledFamilies: famEnrolled, familiesWithMission: withMission.size, rate: famEnrolled > 0 ? withMission.size / famEnrolled : null, count: missionCount },
  };
}

function thresholdOf(ix: Index): (cohortId: string) => number {
  return (cohortId) => {
    const c = ix.cohorts.get(cohortId);
    const center = c?.centerId ? ix.centers.get(c.centerId) : [...ix.centers.values()][0];
    return center?.completionThreshold ?? DEFAULT_THRESHOLD;
  };
}

/**
 * The figures over everything the filter lets in. The arrays of `d` are read as they are at the
 * first call and must not be changed afterwards (a new data set is a new object).
 */
export function computeFigures(d: ReportData, filter: ReportFilter = {}): Figures {
  const ix = indexOf(d);
  return figuresFor(ix, d, scopeOf(ix, filter), thresholdOf(ix));
}

/** The keys a group-by splits the filtered data into, in display order. */
function groupKeys(ix: Index, d: ReportData, by: GroupBy, f: ReportFilter): string[] {
  const keys = new Set<string>();
  const base = scopeOf(ix, f);
  for (const s of ix.sessions.values()) {
    if (!base.session(s)) continue;
    const c = ix.cohorts.get(s.cohortId);
    if (by === 'month' || by === 'quarter' || by === 'year') keys.add(periodKey(s.date, by));
    else if (by === 'cohort') keys.add(s.cohortId);
    else if (c && by === 'program') keys.add(c.programId);
    else if (c && by === 'ageBand') keys.add(c.ageBand);
    else if (c && by === 'center' && c.centerId) keys.add(c.centerId);
  }
  if (by === 'month' || by === 'quarter' || by === 'year') {
    for (const s of d.surveys) if (s.deletedAt === null && base.dated(seoulDate(s.takenAt), s.cohortId)) keys.add(periodKey(seoulDate(s.takenAt), by));
  }
  return [...keys].sort();
}

function narrow(ix: Index, by: GroupBy, key: string, f: ReportFilter): Scope {
  const base = scopeOf(ix, f);
  const cohortIn = (cohortId: string | null): boolean => {
    const c = cohortId ? ix.cohorts.get(cohortId) : undefined;
    if (by === 'cohort') return cohortId === key;
    if (by === 'program') return c?.programId === key;
    if (by === 'ageBand') return c?.ageBand === key;
    if (by === 'center') return c?.centerId === key;
    return true;
  };
  const dateIn = (date: string): boolean => (by === 'month' || by === 'quarter' || by === 'year' ? periodKey(date, by) === key : true);
  return {
    session: (s) => base.session(s) && dateIn(s.date) && cohortIn(s.cohortId),
    dated: (date, cohortId) => base.dated(date, cohortId) && dateIn(date) && cohortIn(cohortId),
  };
}

/** The figures split by month, quarter, year, program, cohort, age band or center. */
export function groupFigures(d: ReportData, by: GroupBy, filter: ReportFilter = {}, minGroup?: number): GroupRow[] {
  const ix = indexOf(d);
  const min = minGroup ?? [...ix.centers.values()][0]?.minGroupSize ?? DEFAULT_MIN_GROUP;
  const th = thresholdOf(ix);
  // One pass puts each row in its group's bucket, so a split into 50 cohorts still reads 100,000 rows once.
  const buckets = new Map<string, number[]>();
  const keyOfSession = new Map<string, string | null>();
  ix.rows.forEach((a, i) => {
    let k = keyOfSession.get(a.sessionId);
    if (k === undefined) {
      const sess = ix.sessions.get(a.sessionId);
      const c = sess ? ix.cohorts.get(sess.cohortId) : undefined;
      k = !sess ? null : by === 'month' || by === 'quarter' || by === 'year' ? periodKey(sess.date, by) : by === 'cohort' ? sess.cohortId : by === 'program' ? (c?.programId ?? null) : by === 'ageBand' ? (c?.ageBand ?? null) : (c?.centerId ?? null);
      keyOfSession.set(a.sessionId, k);
    }
    if (k === null) return;
    const list = buckets.get(k) ?? [];
    list.push(i);
    buckets.set(k, list);
  });
  return groupKeys(ix, d, by, filter).map((key) => {
    const figures = figuresFor(ix, d, narrow(ix, by, key, filter), th, buckets.get(key) ?? []);
    return { key, figures, small: isSmall(figures, min) };
  });
}

function isSmall(f: Figures, min: number): boolean {
  return f.persons.total < min;
}

export interface SharedRow {
  key: string;
  /** Null when the whole group is under the minimum. */
  figures: Figures | null;
}

/**
 * A group's figures fit to hand to others: a group with fewer persons than the minimum shows no
 * figure at all; inside a shown group, satisfaction and pre/post figures resting on fewer responses
 * or pairs than the minimum are withheld too — nobody can pick out a family from a small class.
 */
export function shareable(row: GroupRow, min: number = DEFAULT_MIN_GROUP): SharedRow {
  if (row.small) return { key: row.key, figures: null };
  const f = row.figures;
  const sat = f.satisfaction.responses > 0 && f.satisfaction.responses < min ? { ...f.satisfaction, mean: null, items: 0, distribution: [0, 0, 0, 0, 0] as Figures['satisfaction']['distribution'], hidden: true } : f.satisfaction;
  return { key: row.key, figures: { ...f, satisfaction: sat, prePost: f.prePost.filter((p) => p.n >= min) } };
}
