import { h, svg } from './dom.ts';
import { collectRoutes } from './shell.ts';
import { AGE_BANDS, prefs, updatePrefs, type AgeBand } from './prefs.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from './types.ts';

/** Child figure whose height follows the band, so the choice reads without words. */
function childFigure(band: AgeBand): string {
  const s = { '0-2': 0.55, '3-5': 0.72, '6-7': 0.86, '8-12': 1 }[band];
  const head = 5 + 7 * s;
  const body = 14 + 24 * s;
  const top = 62 - body - head * 2;
  return `<svg viewBox="0 0 48 64" aria-hidden="true"><g fill="#FFF9EF" stroke="#2B2B3A" stroke-width="3" stroke-linejoin="round">
<circle cx="24" cy="${top + head}" r="${head}"/><rect x="${24 - body / 3}" y="${top + head * 2}" width="${(body * 2) / 3}" height="${body}" rx="${body / 4}"/></g></svg>`;
}

export function tileGrid(adult: boolean): HTMLElement {
  const tiles = collectRoutes().tiles.filter((x) => Boolean(x.adult) === adult);
  return h(
    'ul',
    { class: 'tiles', role: 'list' },
    ...tiles.map((tile) =>
      h(
        'li',
        {},
        h(
          'a',
          { class: 'tile', href: tile.path, style: `--tile:${tile.color}` },
          h('span', { class: 'tile-icon', 'aria-hidden': 'true' }, svg(tile.icon)),
          h('span', { class: 'tile-label' }, t(tile.titleKey)),
        ),
      ),
    ),
  );
}

export const homeScreen: Screen = {
  mount(root) {
    const bandGroup = h('div', { class: 'bands', role: 'radiogroup', 'aria-labelledby': 'band-title' });
    const drawBands = (): void => {
      bandGroup.replaceChildren(
        ...AGE_BANDS.map((b) => {
          const checked = prefs().ageBand === b;
          return h(
            'button',
            {
              type: 'button',
              role: 'radio',
              class: 'band',
              'aria-checked': String(checked),
              tabindex: checked ? '0' : '-1',
              'data-band': b,
              onclick: () => {
                updatePrefs({ ageBand: b });
                drawBands();
                (bandGroup.querySelector(`[data-band="${b}"]`) as HTMLElement | null)?.focus();
              },
            },
            svg(childFigure(b)),
            h('span', {}, t(`age.${b}`)),
          );
        }),
      );
    };
    // Arrow keys move within the radio group, as a keyboard user expects.
    bandGroup.addEventListener('keydown', (e) => {
      const i = AGE_BANDS.indexOf(prefs().ageBand);
      const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      const next = AGE_BANDS[(i + step + AGE_BANDS.length) % AGE_BANDS.length] as AgeBand;
      (bandGroup.querySelector(`[data-band="${next}"]`) as HTMLButtonElement | null)?.click();
    });
    drawBands();

    root.replaceChildren(
      h(
        'section',
        { class: 'home' },
        h('h1', { class: 'home-title' }, t('home.title')),
        h('p', { class: 'home-lead' }, t('home.lead')),
        h('h2', { id: 'band-title', class: 'band-title' }, t('home.ageBand')),
        bandGroup,
        h('h2', { class: 'sr-only' }, t('home.areas')),
        tileGrid(false),
        h('p', { class: 'privacy-note' }, t('home.privacy')),
      ),
    );
  },
};
