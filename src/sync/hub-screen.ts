import './sync.css';
import { h } from '../app/dom.ts';
import { currentLanguage, t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import { MAX_PULL_LIMIT, type HubCenter, type PullRow } from '../shared/sync/protocol.ts';
import { memoryKv, openForage, type Kv } from '../records/kv.ts';
import { call, SyncHttpError, type ApiTarget } from './api.ts';
import { errorText, formatNumber, formatPercent, formatTime } from './format.ts';
import { figuresCards } from './center-screen.ts';
import { hubCsv, hubReport, type HubReport } from './hub-data.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const COLORS = { attendances: '#2BAE9A', persons: '#3D8BD9' };

let kv: Promise<Kv> | null = null;
const hubKv = (): Promise<Kv> => (kv ??= openForage('appa-sync-hub').catch(() => memoryKv()));

function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

const centerName = (c: HubCenter): string => (currentLanguage() === 'ko' ? c.nameKo : c.nameEn.replace(/ Family Center$/, ''));
const districtName = (c: HubCenter): string => (currentLanguage() === 'ko' ? c.nameKo.replace(/가족센터$/, '') : c.nameEn.replace(/ Family Center$/, ''));

/** Two bars a center (연인원, 실인원), drawn as SVG so it prints sharp and needs no chart library. */
function chart(r: HubReport): SVGSVGElement {
  const shown = r.centers.filter((c) => !c.empty);
  // Phones get a narrower drawing, so its text is not scaled down to nothing.
  const narrow = window.matchMedia('(max-width: 640px)').matches;
  const width = narrow ? 360 : 820;
  const labelW = narrow ? 90 : 150;
  const rowH = 44;
  const top = 10;
  const height = top + Math.max(1, shown.length) * rowH + 10;
  const max = Math.max(1, ...shown.map((c) => Math.max(c.shared.figures?.attendances ?? 0, c.shared.figures?.persons.total ?? 0)));
  const barW = width - labelW - 50;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'sync-chart', role: 'img', 'aria-labelledby': 'hub-chart-t hub-chart-d' });
  svg.append(s('title', { id: 'hub-chart-t' }, t('sync:hub.chartTitle')), s('desc', { id: 'hub-chart-d' }, t('sync:hub.chartDesc')));
  shown.forEach((c, i) => {
    const y = top + i * rowH;
    svg.append(s('text', { x: labelW - 10, y: y + rowH / 2 + 6, 'text-anchor': 'end', 'font-size': 16, fill: '#2B2B3A' }, districtName(c.center)));
    const f = c.shared.figures;
    if (!f) {
      svg.append(s('text', { x: labelW, y: y + rowH / 2 + 6, 'font-size': 15, fill: '#55556A' }, t('sync:hub.hidden')));
      return;
    }
    const bars: Array<[number, string]> = [
      [f.attendances, COLORS.attendances],
      [f.persons.total, COLORS.persons],
    ];
    bars.forEach(([v, color], j) => {
      const w = Math.max(2, (v / max) * barW);
      const by = y + 4 + j * 18;
      svg.append(s('rect', { x: labelW, y: by, width: w, height: 16, rx: 3, fill: color, stroke: '#2B2B3A', 'stroke-width': 1.5 }));
      svg.append(s('text', { x: labelW + w + 6, y: by + 13, 'font-size': 14, fill: '#2B2B3A' }, formatNumber(v)));
    });
  });
  return svg;
}

function table(r: HubReport): HTMLElement {
  const cols = [t('sync:hub.colCenter'), t('sync:hub.colPrograms'), t('sync:hub.colDevices'), t('sync:hub.colLastSync'), t('sync:center.persons'), t('sync:center.attendances'), t('sync:center.families'), t('sync:center.sessions'), t('sync:center.attendanceRate'), t('sync:center.satisfaction')];
  const rows = r.centers.filter((c) => !c.empty).map(({ center, shared, empty }) => {
    const f = shared.figures;
    const nums = f && !empty
      ? [formatNumber(f.persons.total), formatNumber(f.attendances), formatNumber(f.families), formatNumber(f.sessionsHeld), formatPercent(f.attendanceRate), f.satisfaction.hidden ? t('sync:hub.hidden') : formatNumber(f.satisfaction.mean, 2)]
      : null;
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, centerName(center)),
      h('td', { 'data-label': cols[1] ?? '' }, center.programs.length ? center.programs.map((p) => t(`sync:hub.programs.${p}`)).join(', ') : t('sync:hub.noPrograms')),
      h('td', { class: 'num', 'data-label': cols[2] ?? '' }, formatNumber(center.devices)),
      h('td', { 'data-label': cols[3] ?? '' }, formatTime(center.lastSyncAt)),
      ...(nums
        ? nums.map((n, i) => h('td', { class: 'num', 'data-label': cols[4 + i] ?? '' }, n))
        : [h('td', { colspan: 6, class: 'sync-muted', 'data-label': cols[4] ?? '' }, empty ? t('sync:hub.noData') : t('sync:hub.hidden'))]),
    );
  });
  const waiting = r.centers.filter((c) => c.empty).map((c) => districtName(c.center));
  return h(
    'div',
    { class: 'sync-table-wrap' },
    waiting.length ? h('p', { class: 'sync-help', id: 'hub-waiting' }, t('sync:hub.noRecordsYet', { centers: waiting.join(', ') })) : null,
    h('table', { class: 'sync-table stack', id: 'hub-table' }, h('thead', {}, h('tr', {}, ...cols.map((c, i) => h('th', { scope: 'col', class: i >= 2 && i !== 3 ? 'num' : '' }, c)))), h('tbody', {}, ...rows)),
  );
}

async function load(target: ApiTarget): Promise<HubReport> {
  const { centers } = await call<{ centers: HubCenter[] }>(target, 'GET', '/api/hub/centers');
  const rows: Array<PullRow & { centerId: string }> = [];
  let cursor = 0;
  for (;;) {
    const page = await call<{ rows: Array<PullRow & { centerId: string }>; cursor: number; more: boolean }>(target, 'POST', '/api/hub/pull', { cursor, limit: MAX_PULL_LIMIT });
    rows.push(...page.rows);
    cursor = page.cursor;
    if (!page.more) break;
  }
  return hubReport(centers, rows);
}

/** /sync/hub: the city hub (서울시가족센터) — every participating center side by side, city totals, CSV. */
export const hubScreen: Screen = {
  async mount(root) {
    const page = h('section', { class: 'sync-page wide' }, h('h1', {}, t('sync:hub.title')), h('p', { class: 'lead' }, t('sync:hub.lead')));
    const body = h('div', { class: 'sync-body' });
    page.append(body);
    root.replaceChildren(page);
    const store = await hubKv();

    const signIn = (error?: string): void => {
      const input = h('input', { type: 'password', id: 'hub-token', autocomplete: 'off', required: true, 'aria-describedby': 'hub-token-help' });
      const msg = h('p', { class: 'sync-msg bad', role: 'alert' }, error ?? '');
      const form = h(
        'form',
        { class: 'sync-form sync-card', novalidate: true },
        h('div', { class: 'sync-field' }, h('label', { for: 'hub-token' }, t('sync:hub.token')), input, h('p', { class: 'sync-help', id: 'hub-token-help' }, t('sync:hub.tokenHelp'))),
        h('div', { class: 'sync-actions' }, h('button', { class: 'btn', type: 'submit' }, t('sync:hub.signIn'))),
        msg,
      );
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const token = input.value.trim();
        if (!token) return;
        void store.set('token', token).then(() => show(token));
      });
      body.replaceChildren(form);
    };

    const show = async (token: string): Promise<void> => {
      body.replaceChildren(h('p', { role: 'status' }, t('sync:hub.loading')));
      const target: ApiTarget = { fetch: (...a) => fetch(...a), baseUrl: '', token };
      let report: HubReport;
      try {
        report = await load(target);
      } catch (err) {
        if (err instanceof SyncHttpError && (err.status === 401 || err.status === 403)) {
          await store.remove('token');
          signIn(t('sync:hub.badToken'));
        } else body.replaceChildren(h('p', { class: 'sync-msg bad', role: 'alert' }, errorText(err instanceof SyncHttpError ? err.code : 'network')));
        return;
      }
      const csv = (): void => {
        const url = URL.createObjectURL(new Blob([hubCsv(report)], { type: 'text/csv;charset=utf-8' }));
        const a = h('a', { href: url, download: `appa-rang-seoul-${new Date().toISOString().slice(0, 10)}.csv` });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      };
      const issueMsg = h('p', { class: 'sync-msg good', role: 'status' });
      const select = h('select', { id: 'hub-issue-center' }, ...report.centers.map((c) => h('option', { value: c.center.id }, centerName(c.center))));
      const issue = (): void => {
        call<{ code: string; expiresAt: string }>(target, 'POST', '/api/hub/pairing-codes', { centerId: select.value }).then(
          (r) => {
            const c = report.centers.find((x) => x.center.id === select.value);
            issueMsg.className = 'sync-msg good';
            issueMsg.textContent = t('sync:hub.issued', { center: c ? centerName(c.center) : select.value, code: r.code, time: formatTime(r.expiresAt) });
          },
          (err: unknown) => {
            issueMsg.className = 'sync-msg bad';
            issueMsg.textContent = errorText(err instanceof SyncHttpError ? err.code : 'network');
          },
        );
      };
      body.replaceChildren(
        h('section', { class: 'sync-card', 'aria-labelledby': 'hub-total' }, h('h2', { id: 'hub-total' }, t('sync:hub.totals')), report.total.figures ? figuresCards(report.total.figures) : h('p', {}, t('sync:hub.hidden'))),
        h(
          'section',
          { class: 'sync-card', 'aria-labelledby': 'hub-chart-h' },
          h('h2', { id: 'hub-chart-h' }, t('sync:hub.chartTitle')),
          h(
            'ul',
            { class: 'sync-legend' },
            h('li', {}, h('span', { class: 'sync-swatch', style: `background:${COLORS.attendances}` }), t('sync:hub.legendAttendances')),
            h('li', {}, h('span', { class: 'sync-swatch', style: `background:${COLORS.persons}` }), t('sync:hub.legendPersons')),
          ),
          chart(report),
        ),
        h('section', { class: 'sync-card', 'aria-labelledby': 'hub-table-h' }, h('h2', { id: 'hub-table-h' }, t('sync:hub.table')), table(report)),
        h(
          'section',
          { class: 'sync-card no-print', 'aria-labelledby': 'hub-issue-h' },
          h('h2', { id: 'hub-issue-h' }, t('sync:hub.issueCode')),
          h('div', { class: 'sync-actions' }, h('div', { class: 'sync-field' }, h('label', { for: 'hub-issue-center' }, t('sync:hub.issueFor')), select), h('button', { class: 'btn secondary', type: 'button', id: 'hub-issue', onclick: issue }, t('sync:hub.issueCode'))),
          issueMsg,
        ),
        h(
          'div',
          { class: 'sync-actions' },
          h('button', { class: 'btn', type: 'button', id: 'hub-csv', onclick: csv }, t('sync:hub.csv')),
          h('button', { class: 'btn secondary', type: 'button', onclick: () => void store.remove('token').then(() => signIn()) }, t('sync:hub.signOut')),
        ),
      );
    };

    const saved = await store.get<string>('token');
    if (saved) await show(saved);
    else signIn();
  },
};
