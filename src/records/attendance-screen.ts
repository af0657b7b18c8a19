import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import { listRecords } from './store.ts';
import { todaysSession } from './attendance.ts';
import { backLink, statusLine, todayIso } from './ui.ts';

/**
 * `/records/attendance?guide=<id>`: where a running guide's presenter sends the facilitator. Pick the
 * cohort in front of you; today's session for that guide is opened, or made if it is the first tap.
 */
export const attendanceScreen: Screen = {
  async mount(root, ctx) {
    const guide = ctx.query.get('guide')?.slice(0, 100) || null;
    const status = statusLine();
    const [cohorts, programs] = await Promise.all([listRecords('cohort'), listRecords('program')]);
    const programName = new Map(programs.map((p) => [p.id, p.name]));
    const today = todayIso();
    root.replaceChildren(
      h(
        'section',
        { class: 'rec' },
        backLink('/records', t('records:home.title')),
        h('h1', {}, t('records:attendance.title')),
        h('p', { class: 'rec-lead' }, guide ? t('records:attendance.leadGuide', { guide, date: today }) : t('records:attendance.lead', { date: today })),
        status.el,
        cohorts.length
          ? h(
              'ul',
              { class: 'rec-list', id: 'pick-cohort' },
              ...cohorts.map((c) =>
                h(
                  'li',
                  {},
                  h(
                    'button',
                    {
                      class: 'btn secondary',
                      type: 'button',
                      style: 'width:100%;justify-content:space-between',
                      onclick: () =>
                        void todaysSession(c.id, c.centerId, guide, today).then(
                          (s) => ctx.navigate(`/records/session/${s.id}`),
                          status.fail,
                        ),
                    },
                    h('span', {}, c.name),
                    h('span', { class: 'rec-meta' }, `${programName.get(c.programId) ?? ''} · ${c.term}`),
                  ),
                ),
              ),
            )
          : h('p', {}, t('records:cohort.none'), ' ', h('a', { href: '/records' }, t('records:cohort.new'))),
      ),
    );
  },
};
