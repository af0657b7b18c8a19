import { h, svg } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import type { Guide } from '../shared/guides/schema.ts';
import { loadGuide, tr } from './catalog.ts';
import { currentLanguage } from '../i18n/index.ts';
import { sessionLabel } from './labels.ts';
import { missingGuide } from './missing.ts';
import { mountPrintPages, printToolbar } from './print-pages.ts';
import haechi from '../../assets/art/haechi.svg?raw';
import './guides.css';

/** One A4 page the family takes home: the mission, how often, tips, and a box per day to tick. */
export function missionCard(g: Guide): HTMLElement {
  const m = g.homeMission;
  return h(
    'section',
    { class: 'mission-card', 'aria-label': t('guides:card.title') },
    h('div', { class: 'mission-card-head' }, h('span', { class: 'mission-card-art', 'aria-hidden': 'true' }, svg(haechi)), h('div', {}, h('p', { class: 'handout-program' }, sessionLabel(g), ' · ', tr(g.title)), h('h2', {}, t('guides:card.heading')))),
    h('p', { class: 'mission-card-title' }, tr(m.title)),
    h('p', { class: 'mission-card-text' }, tr(m.text)),
    h('p', { class: 'mission-card-often' }, tr(m.howOften)),
    m.tips.length ? h('ul', { class: 'mission-card-tips' }, ...m.tips.map((x) => h('li', {}, tr(x)))) : null,
    h('p', { class: 'mission-card-label' }, t('guides:card.tick')),
    h('ol', { class: 'mission-card-days' }, ...Array.from({ length: 7 }, (_, i) => h('li', {}, h('span', { class: 'day-box', 'aria-hidden': 'true' }), t('guides:card.day', { n: i + 1 })))),
    h('p', { class: 'mission-card-label' }, t('guides:card.notes')),
    h('div', { class: 'mission-card-lines', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
    // Many center families read another language at home while the child's daycare speaks Korean:
    // a card printed in another language carries the Korean mission too, so both can use it.
    currentLanguage() !== 'ko' ? h('div', { class: 'mission-card-ko', lang: 'ko' }, h('p', { class: 'mission-card-ko-title' }, tr(m.title, 'ko')), h('p', {}, tr(m.text, 'ko'), ` (${tr(m.howOften, 'ko')})`)) : null,
    h('p', { class: 'mission-card-app' }, t('guides:card.app')),
  );
}

export const missionCardScreen: Screen = {
  async mount(root, ctx) {
    const g = await loadGuide(ctx.params.guideId ?? '');
    if (!g) return missingGuide(root);
    root.replaceChildren(printToolbar(t('guides:card.title'), { href: `/class/${g.id}`, label: t('guides:detail.backToGuide') }, t('guides:print.note')));
    return mountPrintPages([missionCard(g)]);
  },
};
