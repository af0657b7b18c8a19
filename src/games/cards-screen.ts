import { h, svg } from '../app/dom.ts';
import { emit } from '../app/events.ts';
import type { Screen } from '../app/types.ts';
import { t } from '../i18n/index.ts';
import type { PlayCard } from '../shared/games/schema.ts';
import { loadDescriptor, tr } from './engine/catalog.ts';
import { ICONS } from './engine/icons.ts';
import chimeUrl from '../../assets/audio/chime.wav?url';
import './games.css';

function clock(s: number): string {
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * `/play/:gameId/cards`: for 0–2 there is no child screen play (WHO, AAP). Dad reads a card, puts the
 * phone down and plays; the timer is his, quiet, and only chimes softly at the end.
 */
export const cardsScreen: Screen = {
  async mount(root, ctx) {
    const id = ctx.params.gameId ?? '';
    const game = await loadDescriptor(id);
    if (!game || !game.playCards.length) {
      root.replaceChildren(h('section', { class: 'not-found' }, h('h1', {}, t('games:frame.notFound')), h('a', { class: 'btn', href: '/play' }, t('games:frame.toList'))));
      return;
    }
    document.title = `${t('games:cards.title')} · ${tr(game.title)} · ${t('app.name')}`;
    const timers: Array<() => void> = [];

    function cardView(card: PlayCard, i: number): HTMLElement {
      let left = card.seconds;
      let used = 0;
      let handle = 0;
      const display = h('p', { class: 'timer-display', role: 'timer', 'aria-live': 'off', 'aria-label': t('games:cards.timeLeft') }, clock(left));
      const note = h('p', { class: 'timer-note', 'aria-live': 'polite' });
      const startBtn = h('button', { type: 'button', class: 'btn timer-start', 'data-action': 'timer' }, svg(ICONS.timer), t('games:cards.start'));
      const resetBtn = h('button', { type: 'button', class: 'btn secondary', 'data-action': 'reset' }, t('games:cards.reset'));
      const doneBtn = h('button', { type: 'button', class: 'btn secondary card-done', 'data-action': 'done' }, t('games:cards.done'));
      const stop = (): void => {
        clearInterval(handle);
        handle = 0;
        startBtn.replaceChildren(svg(ICONS.timer), t(left === card.seconds ? 'games:cards.start' : 'games:cards.continue'));
      };
      timers.push(stop);
      startBtn.addEventListener('click', () => {
        if (handle) return stop();
        if (left === 0) left = card.seconds;
        // The first tap is a user gesture, so the soft end chime may play later.
        void import('./engine/audio.ts').then((a) => a.loadSound('chime', chimeUrl));
        handle = window.setInterval(() => {
          left = Math.max(0, left - 1);
          used += 1;
          display.textContent = clock(left);
          if (left === 0) {
            stop();
            note.textContent = t('games:cards.timeUp');
            void import('./engine/audio.ts').then((a) => a.playSound('chime'));
          }
        }, 1000);
        note.textContent = '';
        startBtn.replaceChildren(svg(ICONS.pause), t('games:cards.pause'));
      });
      resetBtn.addEventListener('click', () => {
        stop();
        left = card.seconds;
        display.textContent = clock(left);
        note.textContent = '';
        startBtn.replaceChildren(svg(ICONS.timer), t('games:cards.start'));
      });
      doneBtn.addEventListener('click', () => {
        stop();
        emit('activity-completed', { kind: 'game', gameId: id, levelId: `card-${card.id}`, ageBand: '0-2', seconds: Math.max(used, 1) });
        doneBtn.disabled = true;
        doneBtn.textContent = t('games:cards.doneThanks');
      });
      return h(
        'li',
        { class: 'play-card', 'data-card': card.id },
        h('h2', {}, h('span', { class: 'card-no' }, `${i + 1}`), ' ', tr(card.title)),
        h('p', { class: 'card-do' }, h('strong', {}, t('games:cards.do')), ' ', tr(card.do)),
        h('p', { class: 'card-say-title' }, h('strong', {}, t('games:cards.say'))),
        h('ul', { class: 'card-say' }, ...card.say.map((s) => h('li', {}, `“${tr(s)}”`))),
        h('div', { class: 'timer' }, display, h('div', { class: 'timer-buttons' }, startBtn, resetBtn)),
        note,
        doneBtn,
      );
    }

    root.replaceChildren(
      h(
        'article',
        { class: 'play-cards' },
        h('p', { class: 'crumbs' }, h('a', { href: `/play/${id}` }, tr(game.title)), ' · ', h('a', { href: '/play' }, t('games:frame.toList'))),
        h('h1', {}, t('games:cards.heading', { game: tr(game.title) })),
        h('p', { class: 'play-lead' }, t('games:cards.lead')),
        h('ol', { class: 'card-deck', role: 'list' }, ...game.playCards.map(cardView)),
      ),
    );
    return () => timers.forEach((s) => s());
  },
};
