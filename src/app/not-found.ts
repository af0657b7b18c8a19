import { h, svg } from './dom.ts';
import { t } from '../i18n/index.ts';
import haechi from '../../assets/art/haechi.svg?raw';

export function mountNotFound(root: HTMLElement): void {
  root.replaceChildren(
    h(
      'section',
      { class: 'not-found' },
      h('div', { class: 'nf-art', 'aria-hidden': 'true' }, svg(haechi)),
      h('h1', {}, t('notFound.title')),
      h('p', {}, t('notFound.body')),
      h('a', { class: 'btn', href: '/' }, t('notFound.home')),
    ),
  );
}
