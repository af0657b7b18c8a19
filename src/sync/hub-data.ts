import { computeFigures, shareable, DEFAULT_MIN_GROUP, type SharedRow } from '../shared/records/reports.ts';
import { reportTable } from '../shared/records/report-table.ts';
import { toCsv } from '../shared/records/csv.ts';
import type { HubCenter, PullRow } from '../shared/sync/protocol.ts';
import { addRow, emptyReportData } from './report-data.ts';
import type { ReportData } from '../shared/records/reports.ts';

export interface HubCenterFigures {
  center: HubCenter;
  shared: SharedRow;
  /** Nothing recorded yet (shown as such, not as a hidden small group). */
  empty: boolean;
}

export interface HubReport {
  centers: HubCenterFigures[];
  total: SharedRow;
}

/**
 * The hub's figures: each center's rows through the same counting rules as the center's own report,
 * then `shareable` (a group under the minimum shows no figures). The city total counts every center's
 * rows together; record ids are globally unique, so nothing is counted twice.
 */
export function hubReport(centers: HubCenter[], rows: Array<PullRow & { centerId: string }>, min = DEFAULT_MIN_GROUP): HubReport {
  const per = new Map<string, ReportData>();
  const all = emptyReportData();
  for (const r of rows) {
    let d = per.get(r.centerId);
    if (!d) per.set(r.centerId, (d = emptyReportData()));
    addRow(d, r.entity, r.record);
    addRow(all, r.entity, r.record);
  }
  const shown = centers.filter((c) => c.participating || per.has(c.id));
  const out = shown.map((center) => {
    const figures = computeFigures(per.get(center.id) ?? emptyReportData());
    const empty = figures.persons.total === 0 && figures.attendances === 0 && figures.sessionsHeld === 0;
    return { center, empty, shared: shareable({ key: center.id, figures, small: figures.persons.total < min }, min) };
  });
  // Centers with records first, most attendances first; the rest in district order.
  out.sort((x, y) => Number(x.empty) - Number(y.empty) || (y.shared.figures?.attendances ?? -1) - (x.shared.figures?.attendances ?? -1));
  const total = computeFigures(all);
  return { centers: out, total: shareable({ key: 'total', figures: total, small: total.persons.total < min }, min) };
}

/** The city report as CSV, in the national system's Korean columns (records' report table). */
export function hubCsv(r: HubReport): string {
  const table = reportTable(
    r.total.figures ?? computeFigures(emptyReportData()),
    r.centers.map((c) => ({ label: `${c.center.nameKo} (${c.center.id})`, row: c.shared })),
  );
  if (!r.total.figures) table[1] = table[1]!.map((v, i) => (i === 0 ? v : '*'));
  return toCsv(table);
}
