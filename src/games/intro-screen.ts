import { h, svg } from '../app/dom.ts';
import { isAgeBand, prefs } from '../app/prefs.ts';
import type { Screen } from '../app/types.ts';
import { t } from '../i18n/index.ts';
import type { Level } from '../shared/games/schema.ts';
import { loadDescriptor, loadIcon, loadLevels, tr } from './engine/catalog.ts';
import { areaTags } from './list-screen.ts';
import { ICONS } from './engine/icons.ts';
import haechi from '../../assets/art/haechi.svg?raw';
import './games.css';

/** `/play/:gameId`: what dad needs before starting — the goal, what to say, and the levels per band. */
export const introScreen: Screen = {
  async mount(root, ctx) {
    const id = ctx.params.gameId ?? '';
    const [game, levels, icon] = await Promise.all([loadDescriptor(id), loadLevels(id), loadIcon(id)]);
    if (!game) {
      root.replaceChildren(h('section', { class: 'not-found' }, h('h1', {}, t('games:frame.notFound')), h('a', { class: 'btn', href: '/play' }, t('games:frame.toList'))));
      return;
    }
    document.title = `${tr(game.title)} · ${t('app.name')}`;
    const asked = ctx.query.get('band');
    const band = isAgeBand(asked) ? asked : prefs().ageBand;
    const byBand = new Map<string, Level[]>();
    for (const l of levels) byBand.set(l.ageBand, [...(byBand.get(l.ageBand) ?? []), l]);
    const order = [band, ...['3-5', '6-7', '8-12'].filter((b) => b !== band)];

    const levelButton = (l: Level): HTMLElement =>
      h(
        'li',
        {},
        h(
          'a',
          { class: 'level-card', href: `/play/${id}/${l.id}`, 'data-level': l.id },
          h('span', { class: 'level-title' }, tr(l.title)),
          h('span', { class: 'level-meta' }, t('games:intro.minutes', { count: l.minutes })),
        ),
      );

    const sections = order
      .filter((b) => byBand.has(b))
      .map((b) =>
        h(
          'section',
          { class: `level-band${b === band ? ' chosen' : ''}`, 'aria-labelledby': `band-${b}` },
          h('h2', { id: `band-${b}` }, t(`age.${b}`)),
          h('ul', { class: 'level-list', role: 'list' }, ...(byBand.get(b) ?? []).map(levelButton)),
        ),
      );

    const cards = game.playCards.length
      ? h(
          'section',
          { class: `level-band baby${band === '0-2' ? ' chosen' : ''}`, 'aria-labelledby': 'band-0-2' },
          h('h2', { id: 'band-0-2' }, t('age.0-2')),
          h('p', {}, t('games:intro.babyNote')),
          h('a', { class: 'btn secondary cards-link', href: `/play/${id}/cards` }, svg(ICONS.cards), t('games:intro.cards', { count: game.playCards.length })),
        )
      : null;

    root.replaceChildren(
      h(
        'article',
        { class: 'game-intro' },
        h('p', { class: 'crumbs' }, h('a', { href: '/play' }, t('games:frame.toList'))),
        h('header', { class: 'intro-head' }, h('span', { class: 'intro-icon', 'aria-hidden': 'true' }, svg(icon ?? haechi)), h('div', {}, h('h1', {}, tr(game.title)), h('p', { class: 'intro-tagline' }, tr(game.tagline)), areaTags(game))),
        h(
          'section',
          { class: 'dad-card', 'aria-labelledby': 'dad-card-title' },
          h('h2', { id: 'dad-card-title' }, t('games:intro.dadCard')),
          h('p', { class: 'dad-goal' }, h('strong', {}, t('games:intro.goal')), ' ', tr(game.dadCard.goal)),
          h('p', { class: 'dad-say-title' }, h('strong', {}, t('games:intro.say'))),
          h('ul', { class: 'dad-say-list' }, ...game.dadCard.say.map((s) => h('li', {}, tr(s)))),
        ),
        band === '0-2' && cards ? cards : null,
        ...sections,
        band !== '0-2' && cards ? cards : null,
        h('section', { class: 'bridge-preview', 'aria-labelledby': 'bridge-preview-title' }, h('h2', { id: 'bridge-preview-title' }, t('games:intro.after')), h('p', {}, h('strong', {}, tr(game.bridgeCard.title)), ' — ', tr(game.bridgeCard.body))),
      ),
    );
  },
};
