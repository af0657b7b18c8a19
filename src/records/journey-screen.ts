import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import type { ActivityRecord } from '../shared/records/schema.ts';
import { seoulDate } from '../shared/records/reports.ts';
import { deleteRecord, listRecords } from './store.ts';
import { statusLine } from './ui.ts';

/** What the family did on this device, counted from Activity records (the records the games emit). */
export function journeyCounts(acts: ActivityRecord[]): { games: number; sheets: number; missions: number; stamps: number; classDays: number; minutes: number } {
  const c = { games: 0, sheets: 0, missions: 0, stamps: 0, classDays: 0, minutes: 0 };
  const days = new Set<string>();
  let seconds = 0;
  for (const a of acts) {
    if (a.kind === 'game') c.games++;
    else if (a.kind === 'sheet') c.sheets++;
    else if (a.kind === 'mission') c.missions++;
    else c.stamps++;
    if (a.where === 'class') days.add(seoulDate(a.doneAt));
    seconds += a.seconds;
  }
  return { ...c, classDays: days.size, minutes: Math.round(seconds / 60) };
}

/**
 * "우리의 여정": the family's own story on this device, and a delete that really deletes — every
 * activity becomes a tombstone (nothing left to read), which sync later passes on to the center.
 */
export const journeyScreen: Screen = {
  async mount(root) {
    const status = statusLine();
    const draw = async (): Promise<void> => {
      const acts = (await listRecords('activity')).filter((a) => a.familyId === null);
      const c = journeyCounts(acts);
      const stat = (id: string, n: number, label: string): HTMLElement => h('li', { 'data-stat': id }, h('span', { class: 'jr-n' }, String(n)), label);
      const dialog = h(
        'dialog',
        { class: 'jr-dialog', 'aria-labelledby': 'jr-del-title' },
        h('h2', { id: 'jr-del-title' }, t('records:journey.deleteTitle')),
        h('p', {}, t('records:journey.deleteBody')),
        h(
          'div',
          { class: 'rec-actions' },
          h('button', { class: 'btn secondary', type: 'button', onclick: () => dialog.close() }, t('records:journey.keep')),
          h(
            'button',
            {
              class: 'btn danger',
              type: 'button',
              id: 'jr-confirm',
              onclick: () => {
                dialog.close();
                void (async () => {
                  for (const a of acts) await deleteRecord('activity', a.id);
                  // The passport's stamps, drawings and mission ticks are the family's data too.
                  await (await import('../passport/family-store.ts')).clearFamily();
                })().then(async () => {
                  await draw();
                  status.ok(t('records:journey.deleted'));
                }, status.fail);
              },
            },
            t('records:journey.deleteYes'),
          ),
        ),
      ) as HTMLDialogElement;
      root.replaceChildren(
        h(
          'section',
          { class: 'rec' },
          h('h1', {}, t('records:journey.title')),
          h('p', { class: 'rec-lead' }, acts.length ? t('records:journey.lead', { minutes: c.minutes }) : t('records:journey.empty')),
          h(
            'ul',
            { class: 'jr-stats' },
            stat('classDays', c.classDays, t('records:journey.classDays')),
            stat('games', c.games, t('records:journey.games')),
            stat('sheets', c.sheets, t('records:journey.sheets')),
            stat('missions', c.missions, t('records:journey.missions')),
            stat('stamps', c.stamps, t('records:journey.stamps')),
          ),
          status.el,
          h('div', { class: 'rec-card' }, h('h2', {}, t('records:journey.privacyTitle')), h('p', {}, t('records:journey.privacy')), h('button', { class: 'btn danger', type: 'button', id: 'jr-delete', disabled: acts.length === 0, onclick: () => dialog.showModal() }, t('records:journey.delete'))),
          dialog,
        ),
      );
    };
    await draw();
  },
};
