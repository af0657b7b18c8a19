import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import { guideLinks, type Guide } from '../shared/guides/schema.ts';
import { linkViews, loadGuide, tr } from './catalog.ts';
import { bandLabel, kindLabel, linkLabel, minutesLabel, programName, sessionLabel } from './labels.ts';
import { missingGuide } from './missing.ts';
import { mountPrintPages, printToolbar } from './print-pages.ts';
import './guides.css';

function overviewPage(g: Guide): HTMLElement {
  return h(
    'section',
    { class: 'handout', 'aria-label': t('guides:handout.page', { n: 1 }) },
    h('p', { class: 'handout-program' }, sessionLabel(g)),
    h('h2', { class: 'handout-title' }, tr(g.title)),
    h('p', { class: 'handout-goal' }, tr(g.goal)),
    h(
      'table',
      { class: 'handout-facts' },
      h(
        'tbody',
        {},
        h('tr', {}, h('th', { scope: 'row' }, t('guides:detail.program')), h('td', {}, programName(g))),
        h('tr', {}, h('th', { scope: 'row' }, t('guides:detail.duration')), h('td', {}, minutesLabel(g.durationMinutes))),
        h('tr', {}, h('th', { scope: 'row' }, t('guides:detail.group')), h('td', {}, t('guides:detail.dyads', { min: g.groupSize.minDyads, max: g.groupSize.maxDyads }), ' · ', tr(g.groupSize.staff))),
        h('tr', {}, h('th', { scope: 'row' }, t('guides:detail.surveys')), h('td', {}, g.surveys.map((s) => `${t(`guides:survey.${s.kind}`)} (${minutesLabel(s.minutes)})`).join(', '))),
      ),
    ),
    h('h3', {}, t('guides:detail.bands')),
    h('ul', { class: 'handout-bands' }, ...g.ageBands.map((b) => h('li', {}, h('strong', {}, bandLabel(b.band)), ' ', tr(b.text)))),
    h('h3', {}, t('guides:detail.materials')),
    h('ul', { class: 'handout-checklist' }, ...g.materials.map((m) => h('li', {}, tr(m.text), m.bands ? ` (${m.bands.map(bandLabel).join(', ')})` : ''))),
    g.safety.length ? h('div', { class: 'handout-safety' }, h('h3', {}, t('guides:detail.safety')), h('ul', {}, ...g.safety.map((s) => h('li', {}, tr(s))))) : null,
  );
}

// Links and the mission close the timeline, so a long overview (outing days) still fits its page.
function timelinePage(g: Guide, linkNames: string[]): HTMLElement {
  let clock = 0;
  return h(
    'section',
    { class: 'handout', 'aria-label': t('guides:handout.page', { n: 2 }) },
    h('h2', { class: 'handout-title small' }, t('guides:detail.timeline'), ' — ', tr(g.title)),
    h(
      'ol',
      { class: 'handout-steps' },
      ...g.steps.map((s) => {
        const from = clock;
        clock += s.minutes;
        return h(
          'li',
          { class: 'handout-step' },
          h('p', { class: 'handout-step-head' }, h('span', { class: 'handout-time' }, `${from}–${clock}′`), ' ', h('strong', {}, tr(s.title)), ' ', h('span', { class: 'muted' }, `· ${kindLabel(s.kind)}`)),
          h('p', {}, tr(s.summary)),
          s.talkingPoints.length ? h('ul', {}, ...s.talkingPoints.map((p) => h('li', {}, tr(p)))) : null,
          s.questions.length ? h('ul', { class: 'handout-questions' }, ...s.questions.map((q) => h('li', {}, h('span', { class: 'q-mark', 'aria-hidden': 'true' }, 'Q'), ' ', tr(q)))) : null,
          s.variants.length ? h('ul', { class: 'handout-variants' }, ...s.variants.map((v) => h('li', {}, h('strong', {}, bandLabel(v.band)), ' ', tr(v.text)))) : null,
        );
      }),
    ),
    linkNames.length ? h('p', { class: 'handout-links' }, h('strong', {}, t('guides:detail.links')), ': ', linkNames.join(' · ')) : null,
    h('div', { class: 'handout-mission' }, h('h3', {}, t('guides:detail.mission'), ': ', tr(g.homeMission.title)), h('p', {}, tr(g.homeMission.text), ' ', `(${tr(g.homeMission.howOften)})`)),
  );
}

export const handoutScreen: Screen = {
  async mount(root, ctx) {
    const g = await loadGuide(ctx.params.guideId ?? '');
    if (!g) return missingGuide(root);
    const names = (await linkViews(guideLinks(g))).map(linkLabel);
    root.replaceChildren(printToolbar(t('guides:handout.heading', { title: tr(g.title) }), { href: `/class/${g.id}`, label: t('guides:detail.backToGuide') }, t('guides:print.note')));
    return mountPrintPages([overviewPage(g), timelinePage(g, names)]);
  },
};
