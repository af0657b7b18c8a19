import { h } from '../app/dom.ts';
import { emit } from '../app/events.ts';
import { prefs } from '../app/prefs.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import type { Guide } from '../shared/guides/schema.ts';
import { loadAllGuides, tr } from '../guides/catalog.ts';
import { programName } from '../guides/labels.ts';
import { localDay, stampCount, tickMission, type FamilyState } from './family-model.ts';
import { askPersistence, FamilyStorageError, loadFamily, saveFamily } from './family-store.ts';
import './passport.css';

function formatDay(day: string): string {
  return new Date(`${day}T00:00:00`).toLocaleDateString(document.documentElement.lang || 'ko', { month: 'long', day: 'numeric', weekday: 'short' });
}

/** Translated message for a failed save; the screen keeps what the family entered. */
export function saveErrorText(e: unknown): string {
  return e instanceof FamilyStorageError ? t('passport:error.storage') : t('passport:error.generic');
}

export const familyScreen: Screen = {
  async mount(root) {
    const [guides, loaded] = await Promise.all([loadAllGuides(), loadFamily()]);
    let state: FamilyState = loaded;
    askPersistence();
    const missionBox = h('div', { class: 'mission-now', 'aria-live': 'polite' });
    const status = h('p', { class: 'family-status', role: 'status' });

    const select = h('select', { id: 'mission-guide', class: 'family-select' }, h('option', { value: '' }, t('passport:family.choose')));
    for (const program of ['dal', 'aja', 'center'] as const) {
      const mine = guides.filter((g) => g.program === program);
      if (!mine.length) continue;
      const first = mine[0] as Guide;
      select.append(h('optgroup', { label: programName(first) }, ...mine.map((g) => h('option', { value: g.id, selected: g.id === state.chosenGuide }, `${t('guides:sessionNo', { n: g.session })} · ${tr(g.title)}`))));
    }

    const drawMission = (): void => {
      const g = guides.find((x) => x.id === state.chosenGuide);
      if (!g) {
        missionBox.replaceChildren(h('p', { class: 'muted' }, t('passport:family.pick')));
        return;
      }
      const m = g.homeMission;
      const days = state.missions[m.id]?.days ?? [];
      const today = localDay(new Date());
      const doneToday = days.includes(today);
      missionBox.replaceChildren(
        h(
          'article',
          { class: 'mission-card-screen' },
          h('h3', {}, tr(m.title)),
          h('p', { class: 'mission-text' }, tr(m.text)),
          h('p', { class: 'mission-often' }, tr(m.howOften)),
          m.tips.length ? h('ul', { class: 'mission-tips' }, ...m.tips.map((x) => h('li', {}, tr(x)))) : null,
          h(
            'button',
            {
              type: 'button',
              class: `btn mission-tick${doneToday ? ' done' : ''}`,
              id: 'mission-tick',
              'aria-pressed': String(doneToday),
              disabled: doneToday,
              onclick: () => void tick(g),
            },
            doneToday ? t('passport:family.doneToday') : t('passport:family.tick'),
          ),
          h('p', { class: 'mission-count', id: 'mission-count' }, t('passport:family.count', { count: days.length })),
          days.length ? h('ul', { class: 'mission-days' }, ...days.map((d) => h('li', {}, '✓ ', formatDay(d)))) : null,
        ),
      );
    };

    const tick = async (g: Guide): Promise<void> => {
      const { state: next, added } = tickMission(state, g.homeMission.id, g.id, localDay(new Date()));
      if (!added) return;
      try {
        await saveFamily(next);
        state = next;
        // The records side counts it (mission completion); this screen never writes records itself.
        emit('activity-completed', { kind: 'mission', levelId: g.homeMission.id, ageBand: prefs().ageBand, seconds: 0, where: 'home' });
        status.textContent = t('passport:family.saved');
      } catch (e) {
        status.textContent = saveErrorText(e);
      }
      drawMission();
    };

    select.addEventListener('change', () => {
      const next = { ...state, chosenGuide: select.value || null };
      state = next;
      drawMission();
      saveFamily(next).catch((e: unknown) => {
        status.textContent = saveErrorText(e);
      });
    });

    root.replaceChildren(
      h(
        'section',
        { class: 'family' },
        h('h1', {}, t('passport:family.title')),
        h('p', { class: 'lead' }, t('passport:family.lead')),
        h(
          'section',
          { class: 'family-block', 'aria-labelledby': 'mission-h' },
          h('h2', { id: 'mission-h' }, t('passport:family.missionTitle')),
          h('label', { for: 'mission-guide', class: 'family-label' }, t('passport:family.which')),
          select,
          missionBox,
          status,
        ),
        h(
          'section',
          { class: 'family-block', 'aria-labelledby': 'passport-h' },
          h('h2', { id: 'passport-h' }, t('passport:passport.title')),
          h('p', {}, t('passport:passport.progress', { count: stampCount(state), total: 16 })),
          h('a', { class: 'btn', href: '/family/passport' }, t('passport:family.openPassport')),
        ),
        h('p', { class: 'privacy-note' }, t('passport:privacy')),
      ),
    );
    drawMission();
  },
};
