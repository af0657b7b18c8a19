import { h, svg } from '../app/dom.ts';
import { AGE_BANDS, prefs, updatePrefs, type AgeBand } from '../app/prefs.ts';
import type { Screen } from '../app/types.ts';
import { t } from '../i18n/index.ts';
import type { GameDescriptor } from '../shared/games/schema.ts';
import { AREA_KEYS } from './areas.ts';
import { loadDescriptors, loadIcon, tr } from './engine/catalog.ts';
import haechi from '../../assets/art/haechi.svg?raw';
import './games.css';

interface Entry {
  game: GameDescriptor;
  icon: string;
  bands: Set<AgeBand>;
}

/**
 * The bands a game offers, from its descriptor (content:check guarantees a level for every band listed
 * and cards for 0–2), so the list loads no level files.
 */
async function entries(): Promise<Entry[]> {
  const games = await loadDescriptors();
  return Promise.all(
    games.map(async (game) => {
      const icon = await loadIcon(game.id);
      const bands = new Set<AgeBand>(game.ageBands.filter((b) => b !== '0-2' || game.playCards.length > 0));
      return { game, icon: icon ?? haechi, bands };
    }),
  );
}

export function areaTags(game: GameDescriptor): HTMLElement {
  return h('ul', { class: 'area-tags', 'aria-label': t('games:list.areas') }, ...game.areas.map((a) => h('li', { class: `area area-${AREA_KEYS[a]}` }, t(`games:areas.${AREA_KEYS[a]}`))));
}

/** `/play`: the games for the chosen age band; for 0–2, dad's play-card decks instead of screen play. */
export const listScreen: Screen = {
  async mount(root) {
    const list = await entries();
    const bandGroup = h('div', { class: 'bands play-bands', role: 'radiogroup', 'aria-labelledby': 'play-band-title' });
    const lead = h('p', { class: 'play-lead' });
    const grid = h('ul', { class: 'game-list', role: 'list' });
    const others = h('section', { class: 'other-games', 'aria-labelledby': 'other-title' });

    function card(e: Entry, band: AgeBand): HTMLElement {
      const baby = band === '0-2';
      const href = baby ? `/play/${e.game.id}/cards` : `/play/${e.game.id}?band=${band}`;
      return h(
        'li',
        {},
        h(
          'a',
          { class: 'game-card', href, 'data-game': e.game.id },
          h('span', { class: 'game-card-icon', 'aria-hidden': 'true' }, svg(e.icon)),
          h('span', { class: 'game-card-title' }, tr(e.game.title)),
          h('span', { class: 'game-card-tagline' }, baby ? t('games:list.cardsFor', { count: e.game.playCards.length }) : tr(e.game.tagline)),
        ),
        areaTags(e.game),
      );
    }

    function draw(): void {
      const band = prefs().ageBand;
      bandGroup.replaceChildren(
        ...AGE_BANDS.map((b) =>
          h(
            'button',
            {
              type: 'button',
              role: 'radio',
              class: 'band band-chip',
              'aria-checked': String(b === band),
              tabindex: b === band ? '0' : '-1',
              'data-band': b,
              onclick: () => {
                updatePrefs({ ageBand: b });
                draw();
                (bandGroup.querySelector(`[data-band="${b}"]`) as HTMLElement | null)?.focus();
              },
            },
            t(`age.${b}`),
          ),
        ),
      );
      lead.textContent = band === '0-2' ? t('games:list.leadBaby') : t('games:list.lead');
      const mine = list.filter((e) => e.bands.has(band));
      const rest = list.filter((e) => !e.bands.has(band));
      grid.replaceChildren(...mine.map((e) => card(e, band)));
      if (!mine.length) grid.replaceChildren(h('li', { class: 'empty' }, t('games:list.none')));
      others.hidden = rest.length === 0;
      others.replaceChildren(
        h('h2', { id: 'other-title' }, t('games:list.others')),
        h('ul', { class: 'other-list', role: 'list' }, ...rest.map((e) => h('li', {}, h('a', { href: `/play/${e.game.id}` }, tr(e.game.title)), ' · ', [...e.bands].sort().map((b) => t(`age.${b}`)).join(', ')))),
      );
    }

    root.replaceChildren(
      h(
        'section',
        { class: 'play-list' },
        h('h1', {}, t('games:list.title')),
        lead,
        h('h2', { id: 'play-band-title', class: 'band-title' }, t('games:list.band')),
        bandGroup,
        grid,
        others,
        h('p', { class: 'play-note' }, t('games:list.screenTime')),
      ),
    );
    draw();
  },
};
