import { h } from '../app/dom.ts';
import { AGE_BANDS, onPrefsChanged, prefs, updatePrefs } from '../app/prefs.ts';
import type { Screen } from '../app/types.ts';
import { t } from '../i18n/index.ts';
import { loadSheetSvg, sheetName, sheetsForAge } from './sheets.ts';
import { applyFills, parseSheet } from './sheet-svg.ts';
import { listArtworks, type Artwork } from './artworks.ts';
import './coloring.css';

/** The sheets for the chosen age band, as big picture cards; the band can be changed right here. */
export const catalogScreen: Screen = {
  mount(root) {
    const list = h('ul', { class: 'sheet-cards', role: 'list' });
    const bandNote = h('p', { class: 'band-note', id: 'band-note' });
    const bands = h('div', { class: 'band-chips', role: 'radiogroup', 'aria-labelledby': 'band-note' });
    let drawn = 0;
    // A card shows the child's unfinished coloring of that sheet, so they find their picture again.
    const unfinished = listArtworks().then(
      (all) => new Map(all.filter((a) => !a.finishedAt).reverse().map((a): [string, Artwork] => [a.sheetId, a])),
      () => new Map<string, Artwork>(),
    );

    function draw(): void {
      const id = ++drawn;
      const band = prefs().ageBand;
      bandNote.textContent = t('coloring:catalog.forAge', { band: t(`age.${band}`) });
      bands.replaceChildren(
        ...AGE_BANDS.map((b) =>
          h('button', { type: 'button', role: 'radio', class: 'chip', 'aria-checked': String(b === band), 'data-band': b, onclick: () => updatePrefs({ ageBand: b }) }, t(`age.${b}`)),
        ),
      );
      const sheets = sheetsForAge(band);
      list.replaceChildren(
        ...sheets.map((s) => {
          const pic = h('span', { class: 'sheet-card-pic', 'aria-hidden': 'true' });
          // Pictures arrive one by one; the cards are usable (named links) before they do.
          void Promise.all([loadSheetSvg(s), unfinished]).then(([m, open]) => {
            if (id !== drawn) return;
            const svg = parseSheet(m);
            const art = open.get(s.id);
            if (art) applyFills(svg, art.fills);
            pic.replaceChildren(svg);
          }, () => undefined);
          const variant = t(`coloring:catalog.${s.variant}`);
          return h(
            'li',
            {},
            h(
              'a',
              { class: 'sheet-card', href: `/coloring/${s.id}`, 'data-sheet': s.id },
              pic,
              h('span', { class: 'sheet-card-name' }, sheetName(s)),
              h('span', { class: `sheet-card-variant ${s.variant}` }, variant),
            ),
          );
        }),
      );
    }

    root.replaceChildren(
      h(
        'section',
        { class: 'coloring-catalog' },
        h('h1', {}, t('coloring:title')),
        h('p', { class: 'lead' }, t('coloring:catalog.lead')),
        h(
          'div',
          { class: 'catalog-actions' },
          h('a', { class: 'btn', href: '/coloring/gallery' }, t('coloring:catalog.gallery')),
          h('a', { class: 'btn secondary', href: '/coloring/print' }, t('coloring:catalog.print')),
        ),
        bandNote,
        bands,
        list,
      ),
    );
    draw();
    return onPrefsChanged(() => draw());
  },
};
