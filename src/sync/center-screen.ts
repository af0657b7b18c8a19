import './sync.css';
import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import type { DeviceInfo, RevisionInfo } from '../shared/sync/protocol.ts';
import { ENTITY_NAMES, PERSONAL_FIELDS, isEntityName } from '../shared/records/schema.ts';
import { computeFigures, type Figures } from '../shared/records/reports.ts';
import { listRecords } from '../records/store.ts';
import { call, SyncHttpError } from './api.ts';
import { errorText, formatNumber, formatPercent, formatTime } from './format.ts';
import { centerApi, getPairing, startSync, syncNow } from './service.ts';
import { addRow, emptyReportData } from './report-data.ts';
import type { SyncRecord } from '../shared/sync/protocol.ts';

type Device = DeviceInfo & { self: boolean };

function kpi(label: string, value: string, sub?: string): HTMLElement {
  return h('div', { class: 'sync-kpi' }, h('dt', {}, label), h('dd', {}, value, sub ? h('span', { class: 'sub' }, ` ${sub}`) : null));
}

export function figuresCards(f: Figures): HTMLElement {
  return h(
    'dl',
    { class: 'sync-kpis' },
    kpi(t('sync:center.persons'), formatNumber(f.persons.total), t('sync:center.personsSplit', { father: f.persons.father, child: f.persons.child })),
    kpi(t('sync:center.attendances'), formatNumber(f.attendances)),
    kpi(t('sync:center.families'), formatNumber(f.families)),
    kpi(t('sync:center.sessions'), formatNumber(f.sessionsHeld)),
    kpi(t('sync:center.attendanceRate'), formatPercent(f.attendanceRate)),
    kpi(t('sync:center.satisfaction'), f.satisfaction.hidden ? t('sync:hub.hidden') : formatNumber(f.satisfaction.mean, 2)),
  );
}

async function localFigures(): Promise<Figures> {
  const d = emptyReportData();
  for (const e of ENTITY_NAMES) for (const r of await listRecords(e, { includeDeleted: true })) addRow(d, e, r as unknown as SyncRecord);
  return computeFigures(d);
}

/** /sync/center: this center's devices and their last sync, its own figures, and the revision history. */
export const centerScreen: Screen = {
  async mount(root) {
    void startSync();
    const pairing = await getPairing();
    const page = h('section', { class: 'sync-page wide' }, h('h1', {}, t('sync:center.title')));
    root.replaceChildren(page);
    if (!pairing) {
      page.append(h('p', {}, t('sync:center.notPaired')), h('a', { class: 'btn', href: '/sync' }, t('sync:center.goPair')));
      return;
    }
    const target = await centerApi();
    const msg = h('p', { class: 'sync-msg', role: 'status' });
    const devicesBox = h('div', { class: 'sync-table-wrap' }, h('p', {}, t('sync:center.loading')));
    const historyBox = h('div', { class: 'sync-table-wrap' }, h('p', {}, t('sync:center.loading')));
    const summaryBox = h('div', {});
    page.append(
      h('p', { class: 'lead' }, t('sync:center.lead', { center: pairing.center.nameKo })),
      msg,
      h('section', { class: 'sync-card', 'aria-labelledby': 'c-dev' }, h('h2', { id: 'c-dev' }, t('sync:center.devices')), devicesBox),
      h('section', { class: 'sync-card', 'aria-labelledby': 'c-sum' }, h('h2', { id: 'c-sum' }, t('sync:center.summary')), h('p', { class: 'sync-help' }, t('sync:center.summaryNote')), summaryBox),
      h('section', { class: 'sync-card', 'aria-labelledby': 'c-hist' }, h('h2', { id: 'c-hist' }, t('sync:center.history')), h('p', { class: 'sync-help' }, t('sync:center.historyLead')), historyBox),
    );
    const fail = (box: HTMLElement, err: unknown): void => {
      box.replaceChildren(h('p', { class: 'sync-msg bad', role: 'alert' }, `${t('sync:center.loadFailed')} ${errorText(err instanceof SyncHttpError ? err.code : 'network')}`));
    };

    async function loadDevices(): Promise<void> {
      try {
        const { devices } = await call<{ devices: Device[] }>(target, 'GET', '/api/center/devices');
        const rows = devices.map((d) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, d.label, d.self ? ` ${t('sync:center.thisDevice')}` : ''),
            h('td', { 'data-label': t('sync:center.colLastSeen') }, formatTime(d.lastSeenAt)),
            h('td', { class: 'num', 'data-label': t('sync:center.colSent') }, formatNumber(d.lastMutationId)),
            h('td', { 'data-label': t('sync:center.colState') }, h('span', { class: `sync-badge ${d.revokedAt ? 'off' : 'on'}` }, d.revokedAt ? t('sync:center.revoked') : t('sync:center.active'))),
            d.self || d.revokedAt ? h('td', {}) : h('td', { 'data-label': t('sync:center.colAction') }, h('button', { class: 'btn danger', type: 'button', onclick: () => void revoke(d) }, t('sync:center.revoke'))),
          ),
        );
        devicesBox.replaceChildren(
          h(
            'table',
            { class: 'sync-table stack' },
            h('thead', {}, h('tr', {}, ...[t('sync:center.colName'), t('sync:center.colLastSeen'), t('sync:center.colSent'), t('sync:center.colState'), t('sync:center.colAction')].map((c) => h('th', { scope: 'col' }, c)))),
            h('tbody', {}, ...rows),
          ),
        );
      } catch (err) {
        fail(devicesBox, err);
      }
    }

    async function revoke(d: Device): Promise<void> {
      if (!window.confirm(t('sync:center.revokeConfirm', { name: d.label }))) return;
      try {
        await call(target, 'POST', `/api/center/devices/${encodeURIComponent(d.id)}/revoke`, {});
        msg.className = 'sync-msg good';
        msg.textContent = t('sync:center.revokedDone', { name: d.label });
        await loadDevices();
      } catch (err) {
        msg.className = 'sync-msg bad';
        msg.textContent = errorText(err instanceof SyncHttpError ? err.code : 'network');
      }
    }

    async function loadHistory(): Promise<void> {
      try {
        const { revisions } = await call<{ revisions: RevisionInfo[] }>(target, 'GET', '/api/center/revisions');
        if (revisions.length === 0) {
          historyBox.replaceChildren(h('p', {}, t('sync:center.historyEmpty')));
          return;
        }
        const rows = revisions.map((r) => {
          const entity = isEntityName(r.entity) ? t(`sync:entity.${r.entity}`) : r.entity;
          // What the version said, without its personal fields: those stay locked here too.
          const hidden = new Set(['id', 'centerId', 'createdAt', 'deletedAt', ...(isEntityName(r.entity) ? PERSONAL_FIELDS[r.entity] : [])]);
          const gist = Object.entries(r.record)
            .filter(([k, v]) => !hidden.has(k) && (typeof v === 'string' || typeof v === 'number') && !String(v).startsWith('enc:'))
            .slice(0, 4)
            .map(([k, v]) => `${k}: ${String(v)}`)
            .join(' · ');
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, h('span', {}, h('strong', {}, entity), ` …${r.id.slice(-6)}`, r.deleted ? ` ${t('sync:center.deletedVersion')}` : '', h('br', {}), h('span', { class: 'sync-help' }, gist))),
            h('td', { 'data-label': t('sync:center.colReplaced') }, formatTime(r.replacedAt)),
            h('td', { 'data-label': t('sync:center.colAction') }, h('button', { class: 'btn secondary', type: 'button', onclick: () => void restore(r) }, t('sync:center.restore'))),
          );
        });
        historyBox.replaceChildren(
          h(
            'table',
            { class: 'sync-table stack' },
            h('thead', {}, h('tr', {}, ...[t('sync:center.colRecord'), t('sync:center.colReplaced'), t('sync:center.colAction')].map((c) => h('th', { scope: 'col' }, c)))),
            h('tbody', {}, ...rows),
          ),
        );
      } catch (err) {
        fail(historyBox, err);
      }
    }

    async function restore(r: RevisionInfo): Promise<void> {
      try {
        await call(target, 'POST', `/api/center/revisions/${r.revId}/restore`, {});
        msg.className = 'sync-msg good';
        msg.textContent = t('sync:center.restored');
        syncNow();
        await loadHistory();
      } catch (err) {
        msg.className = 'sync-msg bad';
        msg.textContent = errorText(err instanceof SyncHttpError ? err.code : 'network');
      }
    }

    await Promise.all([
      loadDevices(),
      loadHistory(),
      localFigures().then(
        (f) => summaryBox.replaceChildren(figuresCards(f)),
        () => summaryBox.replaceChildren(h('p', {}, t('sync:center.loadFailed'))),
      ),
    ]);
  },
};
