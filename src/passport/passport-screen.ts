import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import { PLACE_IDS } from '../shared/guides/schema.ts';
import { stampCount } from './family-model.ts';
import { loadFamily } from './family-store.ts';
import { formatDate, placeName, stampFace } from './stamp-view.ts';
import './passport.css';

export const passportScreen: Screen = {
  async mount(root) {
    const state = await loadFamily();
    root.replaceChildren(
      h(
        'section',
        { class: 'family passport' },
        h('p', {}, h('a', { href: '/family' }, '← ', t('passport:family.title'))),
        h('h1', {}, t('passport:passport.title')),
        h('p', { class: 'lead' }, t('passport:passport.lead')),
        h('p', { class: 'passport-progress', id: 'passport-progress' }, t('passport:passport.progress', { count: stampCount(state), total: PLACE_IDS.length })),
        h(
          'ul',
          { class: 'passport-grid', role: 'list' },
          ...PLACE_IDS.map((id) => {
            const st = state.stamps[id];
            return h(
              'li',
              {},
              h(
                'a',
                { class: 'passport-place', href: `/family/passport/${id}`, 'data-place': id, 'data-stamped': String(Boolean(st)) },
                stampFace(id, state),
                h('span', { class: 'passport-name' }, placeName(id)),
                h('span', { class: 'passport-when' }, st ? t('passport:passport.visited', { date: formatDate(st.date) }) : t('passport:passport.notYet')),
              ),
            );
          }),
        ),
        h('a', { class: 'btn secondary', href: '/family/passport/print' }, t('passport:print.open')),
      ),
    );
  },
};
