import { h } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import { classReturn, clearClassReturn } from './class-session.ts';
import { navigate } from '../app/shell.ts';
import './return-button.css';

/**
 * While a class is running, a game or sheet the facilitator opened for the whole class shows a
 * "back to class, step N" button, so the projector returns to the same step whatever the game's own
 * back button does. It watches the shell's <main> (which is re-filled on every route) rather than
 * patching the router.
 */
export function start(): void {
  const main = document.getElementById('main');
  if (!main) return;
  let el: HTMLElement | null = null;
  const update = (): void => {
    const r = classReturn();
    const away = /^\/(play|coloring|records)(\/|$)/.test(location.pathname);
    if (!r || !away) {
      el?.remove();
      el = null;
      return;
    }
    const label = r.step === null ? t('guides:return.guide') : t('guides:return.label', { step: r.step });
    if (!el) {
      el = h('nav', { class: 'class-return', 'aria-label': t('guides:return.nav') });
      document.body.append(el);
    }
    el.replaceChildren(
      h('a', {
        class: 'class-return-btn',
        href: r.path,
        onclick: (e: Event) => {
          e.preventDefault();
          clearClassReturn();
          navigate(r.path);
        },
      }, '↩ ', label),
    );
  };
  new MutationObserver(update).observe(main, { childList: true });
  window.addEventListener('popstate', update);
  update();
}
