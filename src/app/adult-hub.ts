import { h } from './dom.ts';
import { tileGrid } from './home.ts';
import { closeGate } from './gate.ts';
import { navigate } from './shell.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from './types.ts';

/** The adults' door: facilitator, records, sync and settings tiles, behind the parental gate. */
export const adultHub: Screen = {
  mount(root) {
    root.replaceChildren(
      h(
        'section',
        { class: 'adult-hub' },
        h('h1', {}, t('adult.title')),
        h('p', { class: 'lead' }, t('adult.lead')),
        tileGrid(true),
        h(
          'button',
          {
            class: 'btn secondary',
            type: 'button',
            onclick: () => {
              closeGate();
              navigate('/');
            },
          },
          t('adult.lock'),
        ),
      ),
    );
  },
};
