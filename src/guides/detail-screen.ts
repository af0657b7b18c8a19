import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import { guideLinks, type Guide, type GuideAgeBand } from '../shared/guides/schema.ts';
import { linkViews, loadGuide, tr } from './catalog.ts';
import { bandLabel, kindLabel, minutesLabel, programName, sessionLabel } from './labels.ts';
import { linkList } from './link-list.ts';
import { missingGuide } from './missing.ts';
import { classBand, clearClassReturn, leaveClassSound, setClassBand } from './class-session.ts';
import './guides.css';

const CHECK_KEY = 'appa.guides.materials.';

/** Ticked materials survive a reload during set-up (this tab only: the next class starts fresh). */
function readChecked(id: string): Set<string> {
  try {
    return new Set(JSON.parse(sessionStorage.getItem(CHECK_KEY + id) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

function materialsList(g: Guide): HTMLElement {
  const checked = readChecked(g.id);
  return h(
    'ul',
    { class: 'materials', role: 'list' },
    ...g.materials.map((m) =>
      h(
        'li',
        {},
        h(
          'label',
          { class: 'check' },
          h('input', {
            type: 'checkbox',
            checked: checked.has(m.id),
            onchange: (e: Event) => {
              if ((e.target as HTMLInputElement).checked) checked.add(m.id);
              else checked.delete(m.id);
              try {
                sessionStorage.setItem(CHECK_KEY + g.id, JSON.stringify([...checked]));
              } catch {
                /* the ticks stay on screen for this visit */
              }
            },
          }),
          h('span', {}, tr(m.text), m.bands ? h('span', { class: 'muted' }, ` (${m.bands.map(bandLabel).join(', ')})`) : null),
        ),
      ),
    ),
  );
}

/** Which band this class is, so presenter mode shows only that band's variants (a mixed group keeps all). */
function bandChoice(g: Guide): HTMLElement {
  const current = classBand(g.id);
  const option = (value: string, text: string): HTMLElement =>
    h(
      'label',
      { class: 'chip' },
      h('input', { type: 'radio', name: 'class-band', value, checked: (current ?? 'all') === value, onchange: () => setClassBand(g.id, value === 'all' ? null : (value as GuideAgeBand)) }),
      h('span', {}, text),
    );
  return h('fieldset', { class: 'guide-filter class-band' }, h('legend', {}, t('guides:detail.classBand')), option('all', t('guides:detail.mixed')), ...g.ageBands.map((b) => option(b.band, bandLabel(b.band))));
}

export const guideDetailScreen: Screen = {
  async mount(root, ctx) {
    const g = await loadGuide(ctx.params.guideId ?? '');
    if (!g) return missingGuide(root);
    // Back on the guide page the class has left presenter mode: the device's sound setting returns.
    leaveClassSound();
    clearClassReturn();
    const links = await linkViews(guideLinks(g));
    const surveys = g.surveys.map((s) => {
      const step = g.steps.find((x) => x.id === s.during);
      return h('li', {}, t(`guides:survey.${s.kind}`), ' — ', t('guides:survey.during', { step: step ? tr(step.title) : s.during, minutes: s.minutes }));
    });
    root.replaceChildren(
      h(
        'article',
        { class: 'guides guide-detail' },
        h('p', {}, h('a', { href: '/class' }, '← ', t('guides:detail.back'))),
        h('p', { class: 'guide-card-program' }, sessionLabel(g), g.optional ? ` · ${t('guides:optional')}` : ''),
        h('h1', {}, tr(g.title)),
        h('p', { class: 'lead' }, tr(g.goal)),
        h(
          'div',
          { class: 'guide-actions' },
          h('a', { class: 'btn', href: `/class/${g.id}/present`, id: 'start-present' }, t('guides:detail.present')),
          h('a', { class: 'btn secondary', href: `/class/${g.id}/handout` }, t('guides:detail.handout')),
          h('a', { class: 'btn secondary', href: `/class/${g.id}/mission-card` }, t('guides:detail.card')),
          h('a', { class: 'btn secondary', href: `/records/attendance?guide=${encodeURIComponent(g.id)}` }, t('guides:attendance')),
        ),
        h(
          'dl',
          { class: 'guide-facts' },
          h('dt', {}, t('guides:detail.program')),
          h('dd', {}, programName(g)),
          h('dt', {}, t('guides:detail.duration')),
          h('dd', {}, minutesLabel(g.durationMinutes)),
          h('dt', {}, t('guides:detail.group')),
          h('dd', {}, t('guides:detail.dyads', { min: g.groupSize.minDyads, max: g.groupSize.maxDyads }), ' · ', tr(g.groupSize.staff)),
        ),
        h('h2', {}, t('guides:detail.bands')),
        bandChoice(g),
        h('ul', { class: 'variants', role: 'list' }, ...g.ageBands.map((b) => h('li', {}, h('strong', {}, bandLabel(b.band)), ' ', tr(b.text)))),
        h('h2', {}, t('guides:detail.materials')),
        materialsList(g),
        h('h2', {}, t('guides:detail.timeline')),
        h(
          'ol',
          { class: 'timeline' },
          ...g.steps.map((s, i) =>
            h(
              'li',
              {},
              h('a', { href: `/class/${g.id}/present?step=${i + 1}`, class: 'timeline-step' }, h('span', { class: 'timeline-min' }, minutesLabel(s.minutes)), h('span', { class: 'timeline-kind' }, kindLabel(s.kind)), h('span', { class: 'timeline-title' }, tr(s.title))),
            ),
          ),
        ),
        g.safety.length ? h('section', { class: 'safety', 'aria-labelledby': 'safety-h' }, h('h2', { id: 'safety-h' }, t('guides:detail.safety')), h('ul', {}, ...g.safety.map((s) => h('li', {}, tr(s))))) : null,
        links.length ? h('h2', {}, t('guides:detail.links')) : null,
        links.length ? linkList(links, g.id, null) : null,
        h('h2', {}, t('guides:detail.mission')),
        h('div', { class: 'mission-box' }, h('p', { class: 'mission-title' }, tr(g.homeMission.title)), h('p', {}, tr(g.homeMission.text)), h('p', { class: 'muted' }, tr(g.homeMission.howOften))),
        surveys.length ? h('h2', {}, t('guides:detail.surveys')) : null,
        surveys.length ? h('ul', {}, ...surveys) : null,
      ),
    );
  },
};
