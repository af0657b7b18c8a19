import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';

/** A guide id in the URL that no file has (an old bookmark, a typo): say so and offer the list. */
export function missingGuide(root: HTMLElement): void {
  root.replaceChildren(h('section', { class: 'guides', role: 'alert' }, h('h1', {}, t('guides:missing.title')), h('p', {}, t('guides:missing.body')), h('a', { class: 'btn', href: '/class' }, t('guides:detail.back'))));
}
