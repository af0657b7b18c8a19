import type { ReportData } from '../shared/records/reports.ts';
import type { SyncRecord } from '../shared/sync/protocol.ts';

const KEYS: Record<string, keyof ReportData> = {
  center: 'centers',
  program: 'programs',
  cohort: 'cohorts',
  session: 'sessions',
  family: 'families',
  person: 'persons',
  attendance: 'attendance',
  activity: 'activities',
  survey: 'surveys',
};

export function emptyReportData(): ReportData {
  return { centers: [], programs: [], cohorts: [], sessions: [], families: [], persons: [], attendance: [], activities: [], surveys: [] };
}

/**
 * Sorts rows into the report functions' input. The counting rules read only clear, pseudonymous
 * fields (codes, roles, dates, statuses, answers), so rows without their personal fields count the same.
 */
export function addRow(d: ReportData, entity: string, record: SyncRecord): void {
  const k = KEYS[entity];
  if (k) (d[k] as unknown[]).push(record);
}
