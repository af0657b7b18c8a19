import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import type { LinkView } from './catalog.ts';
import { linkLabel } from './labels.ts';
import { rememberClassReturn } from './class-session.ts';

/**
 * Games and sheets of a guide or step. One that is not built yet stays plain text; one that exists
 * opens for the whole class and remembers the step to come back to (`step` null = the guide page).
 */
export function linkList(links: LinkView[], guideId: string, step: number | null, big = false): HTMLElement {
  return h(
    'ul',
    { class: `guide-links${big ? ' big' : ''}`, role: 'list' },
    ...links.map((l) =>
      h(
        'li',
        {},
        l.exists
          ? h(
              'a',
              {
                class: `btn ${l.kind === 'game' ? '' : 'secondary'} launch`,
                href: l.route,
                'data-link': l.link,
                onclick: () => rememberClassReturn(guideId, step),
              },
              linkLabel(l),
            )
          : h('span', { class: 'link-pending', 'data-link': l.link }, linkLabel(l), h('span', { class: 'muted' }, ` — ${t('guides:notYet')}`)),
      ),
    ),
  );
}
