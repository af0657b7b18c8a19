import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import { PLACE_IDS } from '../shared/guides/schema.ts';
import { mountPrintPages, printToolbar } from '../guides/print-pages.ts';
import { stampCount } from './family-model.ts';
import { loadFamily } from './family-store.ts';
import { formatDate, placeName, stampFace } from './stamp-view.ts';
import './passport.css';

/** One A4 page: the sixteen places with the family's stamps, dates and little drawings. */
export const passportPrintScreen: Screen = {
  async mount(root) {
    const state = await loadFamily();
    root.replaceChildren(printToolbar(t('passport:print.title'), { href: '/family/passport', label: t('passport:stamp.back') }, t('guides:print.note')));
    const page = h(
      'section',
      { class: 'passport-print', 'aria-label': t('passport:print.title') },
      h('h2', {}, t('passport:passport.title')),
      h('p', { class: 'passport-print-line' }, t('passport:print.family'), h('span', { class: 'fill-line', 'aria-hidden': 'true' }), ' ', t('passport:passport.progress', { count: stampCount(state), total: PLACE_IDS.length })),
      h(
        'ul',
        { class: 'passport-print-grid' },
        ...PLACE_IDS.map((id) => {
          const st = state.stamps[id];
          return h(
            'li',
            {},
            st?.drawing ? h('img', { class: 'passport-print-drawing', src: st.drawing, alt: t('passport:print.drawingAlt', { place: placeName(id) }) }) : stampFace(id, state),
            h('span', { class: 'passport-name' }, placeName(id)),
            h('span', { class: 'passport-when' }, st ? formatDate(st.date) : '____.__.__'),
          );
        }),
      ),
    );
    return mountPrintPages([page]);
  },
};
