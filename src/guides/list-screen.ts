import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import { GUIDE_AGE_BANDS, PROGRAMS, type GuideAgeBand, type Program } from '../shared/guides/schema.ts';
import { loadAllGuides, tr } from './catalog.ts';
import { bandLabel, minutesLabel, programName } from './labels.ts';
import { clearClassReturn, leaveClassSound } from './class-session.ts';
import { filterGuides, type BandFilter, type ProgramFilter } from './filter.ts';
import './guides.css';

function radioGroup<T extends string>(name: string, label: string, options: Array<{ value: T; text: string }>, current: T, onPick: (v: T) => void): HTMLElement {
  return h(
    'fieldset',
    { class: 'guide-filter' },
    h('legend', {}, label),
    ...options.map((o) =>
      h(
        'label',
        { class: 'chip' },
        h('input', { type: 'radio', name, value: o.value, checked: o.value === current, onchange: () => onPick(o.value) }),
        h('span', {}, o.text),
      ),
    ),
  );
}

export const guideListScreen: Screen = {
  async mount(root, ctx) {
    leaveClassSound();
    clearClassReturn();
    const all = await loadAllGuides();
    const q = ctx.query;
    let program: ProgramFilter = (PROGRAMS as readonly string[]).includes(q.get('program') ?? '') ? (q.get('program') as Program) : 'all';
    let band: BandFilter = (GUIDE_AGE_BANDS as readonly string[]).includes(q.get('band') ?? '') ? (q.get('band') as GuideAgeBand) : 'all';
    const list = h('ul', { class: 'guide-list', role: 'list' });
    const count = h('p', { class: 'guide-count', role: 'status' });

    const draw = (): void => {
      const shown = filterGuides(all, program, band);
      count.textContent = t('guides:list.count', { count: shown.length });
      list.replaceChildren(
        ...shown.map((g) =>
          h(
            'li',
            {},
            h(
              'a',
              { class: `guide-card program-${g.program}`, href: `/class/${g.id}` },
              h('span', { class: 'guide-card-program' }, programName(g), ' · ', t('guides:sessionNo', { n: g.session }), g.optional ? ` · ${t('guides:optional')}` : ''),
              h('span', { class: 'guide-card-title' }, tr(g.title)),
              h('span', { class: 'guide-card-meta' }, minutesLabel(g.durationMinutes), ' · ', g.ageBands.map((b) => bandLabel(b.band)).join(', ')),
            ),
          ),
        ),
      );
      if (!shown.length) list.append(h('li', { class: 'guide-empty' }, t('guides:list.empty')));
      // The filter lives in the URL so "back" from a guide returns to the same list.
      const params = new URLSearchParams();
      if (program !== 'all') params.set('program', program);
      if (band !== 'all') params.set('band', band);
      history.replaceState(null, '', `/class${params.size ? `?${params}` : ''}`);
    };

    root.replaceChildren(
      h(
        'section',
        { class: 'guides' },
        h('h1', {}, t('guides:list.title')),
        h('p', { class: 'lead' }, t('guides:list.lead')),
        h(
          'div',
          { class: 'guide-filters' },
          radioGroup<ProgramFilter>('program', t('guides:list.program'), [{ value: 'all', text: t('guides:list.all') }, ...PROGRAMS.filter((p) => all.some((g) => g.program === p)).map((p) => ({ value: p, text: t(`guides:program.${p}`) }))], program, (v) => {
            program = v;
            draw();
          }),
          radioGroup<BandFilter>('band', t('guides:list.band'), [{ value: 'all', text: t('guides:list.all') }, ...GUIDE_AGE_BANDS.map((b) => ({ value: b, text: bandLabel(b) }))], band, (v) => {
            band = v;
            draw();
          }),
        ),
        count,
        list,
      ),
    );
    draw();
  },
};
