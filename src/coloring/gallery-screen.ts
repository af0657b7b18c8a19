import { h } from '../app/dom.ts';
import type { Screen } from '../app/types.ts';
import { currentLanguage, t } from '../i18n/index.ts';
import { holdSeconds } from '../app/hold.ts';
import { deleteArtwork, listArtworks, type Artwork } from './artworks.ts';
import { holdButton } from './hold-button.ts';
import { applyFills, download, parseSheet, renderPng } from './sheet-svg.ts';
import { findSheet, loadSheetSvg, sheetName } from './sheets.ts';
import './coloring.css';

/** The child's saved pictures on this device, newest first: keep coloring, print, save as PNG, delete. */
export const galleryScreen: Screen = {
  async mount(root) {
    const list = h('ul', { class: 'gallery', role: 'list' });
    const status = h('p', { class: 'sr-only', 'aria-live': 'polite' });
    const empty = h('p', { class: 'gallery-empty' }, t('coloring:gallery.empty'), ' ', h('a', { href: '/coloring' }, t('coloring:title')));
    root.replaceChildren(
      h(
        'section',
        { class: 'coloring-gallery' },
        h('h1', {}, t('coloring:gallery.title')),
        h('p', { class: 'lead' }, t('coloring:gallery.lead')),
        h('div', { class: 'catalog-actions' }, h('a', { class: 'btn secondary', href: '/coloring' }, t('coloring:sheet.back')), h('a', { class: 'btn secondary', href: '/coloring/print' }, t('coloring:catalog.print'))),
        list,
        h('p', { class: 'hold-help', id: 'gallery-hold-help' }, t('coloring:hold.help', { seconds: holdSeconds() })),
        status,
      ),
    );
    let artworks: Artwork[] = [];
    try {
      artworks = (await listArtworks()).filter((a) => Object.keys(a.fills).length > 0 || a.finishedAt);
    } catch {
      artworks = [];
    }
    if (!artworks.length) {
      list.replaceWith(empty);
      return;
    }
    const fmt = new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
    for (const a of artworks) {
      const sheet = findSheet(a.sheetId);
      if (!sheet) continue;
      const name = sheetName(sheet);
      const pic = h('span', { class: 'gallery-pic', 'aria-hidden': 'true' });
      let markup = '';
      void loadSheetSvg(sheet).then((m) => {
        markup = m;
        const svg = parseSheet(m);
        applyFills(svg, a.fills);
        pic.replaceChildren(svg);
      }, () => undefined);
      const titleId = `art-${a.id}`;
      const item = h(
        'li',
        { class: 'gallery-item', 'data-art': a.id, 'aria-labelledby': titleId },
        pic,
        h('h2', { id: titleId, class: 'gallery-name' }, name),
        h('p', { class: 'gallery-meta' }, `${a.finishedAt ? t('coloring:gallery.finished') : t('coloring:gallery.inProgress')} · ${fmt.format(a.updatedAt)}`),
        h(
          'div',
          { class: 'gallery-actions' },
          h('a', { class: 'btn', href: `/coloring/${sheet.id}?art=${encodeURIComponent(a.id)}` }, t('coloring:gallery.open')),
          h('a', { class: 'btn secondary', href: `/coloring/print?art=${encodeURIComponent(a.id)}` }, t('coloring:sheet.print')),
          h(
            'button',
            {
              type: 'button',
              class: 'btn secondary',
              onclick: async () => {
                if (!markup) markup = await loadSheetSvg(sheet);
                download(await renderPng(markup, a.fills), `appa-${sheet.id}.png`);
              },
            },
            t('coloring:sheet.png'),
          ),
          holdButton(
            t('coloring:gallery.delete'),
            'gallery-hold-help',
            async () => {
              await deleteArtwork(a.id);
              item.remove();
              status.textContent = t('coloring:gallery.deleted');
              if (!list.children.length) list.replaceWith(empty);
            },
            'btn danger hold-btn',
          ),
        ),
      );
      list.append(item);
    }
  },
};
