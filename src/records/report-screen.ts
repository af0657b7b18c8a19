import { append, h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import { computeFigures, DEFAULT_MIN_GROUP, GROUP_BYS, groupFigures, shareable, type Figures, type GroupBy, type ReportData, type SharedRow } from '../shared/records/reports.ts';
import { toCsv } from '../shared/records/csv.ts';
import { reportTable } from '../shared/records/report-table.ts';
import { listRecords } from './store.ts';
import { currentCenter } from './center.ts';
import { barChart } from './bar-chart.ts';
import { backLink, download, field, input, num, pct, safetyBanner, select } from './ui.ts';

export async function loadReportData(): Promise<ReportData> {
  const [centers, programs, cohorts, sessions, families, persons, attendance, activities, surveys] = await Promise.all([
    listRecords('center'), listRecords('program'), listRecords('cohort'), listRecords('session'), listRecords('family'),
    listRecords('person'), listRecords('attendance'), listRecords('activity'), listRecords('survey'),
  ]);
  return { centers, programs, cohorts, sessions, families, persons, attendance, activities, surveys };
}

function card(id: string, label: string, value: string, sub?: string): HTMLElement {
  return h('div', { class: 'rp-card', 'data-figure': id }, h('dt', {}, label), h('dd', {}, value, sub ? h('div', { class: 'rp-sub' }, sub) : null));
}

/** The report: filters, headline figures, charts, the table by group, CSV, print, and the counting rules. */
export const reportScreen: Screen = {
  async mount(root) {
    const data = await loadReportData();
    const center = await currentCenter();
    const min = center?.minGroupSize ?? DEFAULT_MIN_GROUP;
    const by = select('groupBy', GROUP_BYS.filter((g) => g !== 'center').map((g) => [g, t(`records:report.by.${g}`)]), 'month');
    const from = input('from', { type: 'date' });
    const to = input('to', { type: 'date' });
    const share = input('share', { type: 'checkbox', checked: true });
    const out = h('div', { id: 'report-out' });
    const labelOf = (g: GroupBy, key: string): string => {
      if (g === 'program') return data.programs.find((p) => p.id === key)?.name ?? key;
      if (g === 'cohort') return data.cohorts.find((c) => c.id === key)?.name ?? key;
      if (g === 'ageBand') return t(`age.${key}`);
      return key;
    };

    let csv = '';
    const draw = (): void => {
      const g = by.value as GroupBy;
      const filter = { from: from.value || undefined, to: to.value || undefined };
      const total = computeFigures(data, filter);
      const groups = groupFigures(data, g, filter, min);
      const rows: Array<{ label: string; row: SharedRow }> = groups.map((r) => ({ label: labelOf(g, r.key), row: share.checked ? shareable(r, min) : { key: r.key, figures: r.figures } }));
      const totalShown: Figures | null = share.checked ? shareable({ key: 'all', figures: total, small: total.persons.total < min }, min).figures : total;
      csv = toCsv(reportTable(totalShown ?? total, rows));
      const f = totalShown;
      const pp = f?.prePost.find((p) => p.instrumentId === 'confidence') ?? f?.prePost[0];
      const shown = rows.filter((r) => r.row.figures);
      out.replaceChildren();
      append(out, [
        f
          ? h(
              'dl',
              { class: 'rp-cards' },
              card('persons', t('records:fig.persons'), String(f.persons.total), t('records:fig.personsSplit', { father: f.persons.father, child: f.persons.child, partner: f.persons.partner })),
              card('attendances', t('records:fig.attendances'), String(f.attendances)),
              card('families', t('records:fig.families'), String(f.families)),
              card('sessions', t('records:fig.sessions'), String(f.sessionsHeld)),
              card('attendanceRate', t('records:fig.attendanceRate'), pct(f.attendanceRate)),
              card('completion', t('records:fig.completion'), pct(f.completion.rate), t('records:fig.completionSplit', { completed: f.completion.completed, eligible: f.completion.eligible, threshold: Math.round((center?.completionThreshold ?? 0.8) * 100) })),
              card('satisfaction', t('records:fig.satisfaction'), f.satisfaction.hidden ? '*' : num(f.satisfaction.mean), t('records:fig.responses', { n: f.satisfaction.responses })),
              card('prePost', t('records:fig.prePost'), pp ? `${pp.meanDiff !== null && pp.meanDiff >= 0 ? '+' : ''}${num(pp.meanDiff)}` : '–', pp ? t('records:fig.prePostSplit', { n: pp.n, d: num(pp.effectSize) }) : undefined),
              card('missions', t('records:fig.missions'), pct(f.missions.rate), t('records:fig.missionsSplit', { done: f.missions.familiesWithMission, total: f.missions.enrolledFamilies })),
            )
          : h('p', { class: 'rec-warn' }, t('records:report.tooSmall', { min })),
        shown.length
          ? h(
              'div',
              { class: 'rec-card' },
              h('h2', {}, t('records:report.chartAttendances', { by: t(`records:report.by.${g}`) })),
              barChart(t('records:fig.attendances'), shown.map((r) => ({ label: r.label, value: r.row.figures?.attendances ?? 0, text: String(r.row.figures?.attendances ?? 0) }))),
              h('h2', {}, t('records:report.chartRate', { by: t(`records:report.by.${g}`) })),
              barChart(t('records:fig.attendanceRate'), shown.map((r) => ({ label: r.label, value: r.row.figures?.attendanceRate ?? 0, text: pct(r.row.figures?.attendanceRate ?? null, 0) })), { max: 1, color: '#2BAE9A' }),
            )
          : null,
        f && !f.satisfaction.hidden && f.satisfaction.items > 0
          ? h(
              'div',
              { class: 'rec-card' },
              h('h2', {}, t('records:report.chartSatisfaction')),
              barChart(t('records:fig.satisfaction'), f.satisfaction.distribution.map((n, i) => ({ label: t(`records:scale.agree.${i + 1}`), value: n, text: `${n} (${pct(n / f.satisfaction.items, 0)})` })), { color: '#F5B942' }),
            )
          : null,
        h(
          'div',
          { class: 'rec-card rp-table-wrap' },
          h('h2', {}, t('records:report.table')),
          h(
            'table',
            { class: 'rp-table', id: 'report-table' },
            h('thead', {}, h('tr', {}, ...[t(`records:report.by.${g}`), t('records:fig.persons'), t('records:fig.attendances'), t('records:fig.families'), t('records:fig.sessions'), t('records:fig.attendanceRate'), t('records:fig.completion'), t('records:fig.satisfaction'), t('records:fig.missions')].map((x) => h('th', { scope: 'col' }, x)))),
            h(
              'tbody',
              {},
              ...rows.map((r) => {
                const x = r.row.figures;
                const cells = x ? [String(x.persons.total), String(x.attendances), String(x.families), String(x.sessionsHeld), pct(x.attendanceRate), pct(x.completion.rate), x.satisfaction.hidden ? '*' : num(x.satisfaction.mean), pct(x.missions.rate)] : Array.from({ length: 8 }, () => '*');
                return h('tr', { 'data-group': r.row.key }, h('th', { scope: 'row' }, r.label), ...cells.map((c) => h('td', {}, c)));
              }),
            ),
          ),
          share.checked ? h('p', { class: 'rec-hint' }, t('records:report.starNote', { min })) : null,
        ),
      ]);
    };
    for (const c of [by, from, to, share]) c.addEventListener('change', draw);

    const rules = ['rows', 'persons', 'period', 'rate', 'completion', 'satisfaction', 'prePost', 'missions', 'small'];
    root.replaceChildren(
      h(
        'section',
        { class: 'rec' },
        backLink('/records', t('records:home.title')),
        h('div', { class: 'rp-print-head' }, h('p', {}, `${center?.name ?? ''} · ${new Date().toISOString().slice(0, 10)}`)),
        h('h1', {}, t('records:report.title')),
        await safetyBanner(),
        h(
          'div',
          { class: 'rec-card rp-controls' },
          h(
            'div',
            { class: 'rec-form' },
            field(t('records:report.groupBy'), by),
            field(t('records:report.from'), from),
            field(t('records:report.to'), to),
            h('label', { class: 'rec-check' }, share, t('records:report.share', { min })),
          ),
          h(
            'div',
            { class: 'rec-actions', style: 'margin-top:12px' },
            h('button', { class: 'btn', type: 'button', id: 'csv-btn', onclick: () => download(`appa-report-${by.value}-${new Date().toISOString().slice(0, 10)}.csv`, csv, 'text/csv;charset=utf-8') }, t('records:report.csv')),
            h('button', { class: 'btn secondary', type: 'button', onclick: () => window.print() }, t('records:report.print')),
          ),
        ),
        out,
        h('div', { class: 'rec-card rp-rules' }, h('h2', {}, t('records:rules.title')), h('ul', {}, ...rules.map((k) => h('li', {}, t(`records:rules.${k}`, { threshold: Math.round((center?.completionThreshold ?? 0.8) * 100), min }))))),
      ),
    );
    draw();
  },
};
