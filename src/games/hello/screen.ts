import { h } from '../../app/dom.ts';
import { t } from '../../i18n/index.ts';
import type { Screen } from '../../app/types.ts';

export const helloScreen: Screen = {
  async mount(root, ctx) {
    const stage = h('div', { class: 'game-stage', role: 'img', 'aria-label': t('games:hello.aria') });
    const status = h('p', { class: 'sr-only', 'aria-live': 'polite' });
    const back = h('a', { class: 'game-back', href: '/', title: t('games:common.backLabel') }, h('span', { 'aria-hidden': 'true' }, '←'), ' ', t('games:common.back'));
    root.replaceChildren(h('section', { class: 'game-screen' }, h('h1', { class: 'sr-only' }, t('games:hello.title')), back, stage, status));
    const [{ hostGame }, { HelloScene }] = await Promise.all([import('../engine/host.ts'), import('./scene.ts')]);
    let taps = 0;
    const hosted = hostGame(
      stage,
      [],
      (lost) => {
        status.textContent = lost ? t('games:common.contextLost') : '';
      },
      { renderer: ctx.query.get('renderer') },
    );
    hosted.game.scene.add('hello', HelloScene, true, {
      greeting: t('games:hello.greeting'),
      tapHint: t('games:hello.tapHint'),
      onTap: () => {
        taps += 1;
        status.textContent = t('games:hello.tapped', { count: taps });
      },
    });
    return () => {
      void hosted.destroy().then(() => window.dispatchEvent(new CustomEvent('appa:game-destroyed')));
    };
  },
};
