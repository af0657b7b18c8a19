import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import type { AttendanceRecord, AttendanceStatus, PersonRecord } from '../shared/records/schema.ts';
import { getRecord } from './store.ts';
import { familiesOf } from './families.ts';
import { markAttendance, sessionAttendance } from './attendance.ts';
import { backLink, safetyBanner, statusLine } from './ui.ts';

const personLabel = (p: PersonRecord): string => (p.role === 'child' ? p.nickname : p.name) || t(`records:role.${p.role}`);

/**
 * Attendance for one session: one tap marks a person present (again: absent); late and left early
 * are one more tap beside it. Everything is local, so it works with no network in the classroom.
 */
export const sessionScreen: Screen = {
  async mount(root, ctx) {
    const session = await getRecord('session', ctx.params.id ?? '');
    const cohort = session ? await getRecord('cohort', session.cohortId) : null;
    if (!session || !cohort || session.deletedAt) {
      root.replaceChildren(h('section', { class: 'rec' }, backLink('/records', t('records:home.title')), h('h1', {}, t('records:session.missing'))));
      return;
    }
    const status = statusLine();
    const rows = await sessionAttendance(session.id);
    const families = (await familiesOf(cohort.id)).filter((v) => v.family.status === 'enrolled');
    const people = families.flatMap((v) => v.persons);
    const count = h('p', { class: 'att-count', 'aria-live': 'polite' });
    const updateCount = (): void => {
      const n = people.filter((p) => {
        const s = rows.get(p.id)?.status;
        return s !== undefined && s !== 'absent';
      }).length;
      count.textContent = t('records:session.countOf', { n, total: people.length });
    };

    const personRow = (p: PersonRecord): HTMLElement => {
      const main = h('button', { class: 'att-main', type: 'button', 'data-person': p.id }, h('span', { class: 'att-mark', 'aria-hidden': 'true' }), h('span', {}, personLabel(p), ' ', h('span', { class: 'rec-meta' }, t(`records:role.${p.role}`))));
      const late = h('button', { class: 'att-mod', type: 'button', 'data-mod': 'late' }, t('records:status.late'));
      const early = h('button', { class: 'att-mod', type: 'button', 'data-mod': 'left-early' }, t('records:status.left-early'));
      const paint = (): void => {
        const s = rows.get(p.id)?.status;
        main.setAttribute('aria-pressed', String(s !== undefined && s !== 'absent'));
        late.setAttribute('aria-pressed', String(s === 'late'));
        early.setAttribute('aria-pressed', String(s === 'left-early'));
      };
      let busy: Promise<unknown> = Promise.resolve();
      const set = (next: AttendanceStatus): void => {
        // Taps on one person are written in order, so a quick double tap ends in the state last shown.
        const before = rows.get(p.id);
        const optimistic = { ...(before ?? ({} as AttendanceRecord)), status: next };
        rows.set(p.id, optimistic as AttendanceRecord);
        paint();
        updateCount();
        busy = busy.then(async () => {
          try {
            rows.set(p.id, await markAttendance(session, p, next, rows.get(p.id)?.id ? rows.get(p.id) : undefined));
            status.ok(t('records:session.saved', { name: personLabel(p), status: t(`records:status.${next}`) }));
          } catch (err) {
            if (before) rows.set(p.id, before);
            else rows.delete(p.id);
            paint();
            updateCount();
            status.fail(err);
          }
        });
      };
      const current = (): AttendanceStatus | undefined => rows.get(p.id)?.status;
      main.addEventListener('click', () => {
        const s = current();
        set(s === undefined || s === 'absent' ? 'present' : 'absent');
      });
      late.addEventListener('click', () => set(current() === 'late' ? 'present' : 'late'));
      early.addEventListener('click', () => set(current() === 'left-early' ? 'present' : 'left-early'));
      paint();
      return h('div', { class: 'att-person' }, main, late, early);
    };

    updateCount();
    root.replaceChildren(
      h(
        'section',
        { class: 'rec' },
        backLink(`/records/cohort/${cohort.id}`, cohort.name),
        h('h1', {}, t('records:session.heading', { cohort: cohort.name, date: session.date })),
        await safetyBanner(),
        session.guideId ? h('p', { class: 'rec-lead' }, t('records:session.guideLine', { guide: session.guideId })) : null,
        count,
        h('p', { class: 'rec-hint' }, t('records:session.help')),
        status.el,
        families.length
          ? h(
              'div',
              { class: 'rec-card', id: 'attendance' },
              h('h2', {}, t('records:cohort.families')),
              ...families.map((v) => h('div', { class: 'att-family' }, h('h3', { class: 'rec-code' }, v.family.code), ...v.persons.map(personRow))),
            )
          : h('p', {}, t('records:cohort.noFamilies'), ' ', h('a', { href: `/records/cohort/${cohort.id}` }, t('records:register.title'))),
      ),
    );
  },
};
