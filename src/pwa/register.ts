import { registerSW } from 'virtual:pwa-register';
import { h } from '../app/dom.ts';
import { inChildPlay, onLeaveChildPlay } from '../app/shell.ts';
import { t } from '../i18n/index.ts';

const HOUR = 60 * 60 * 1000;

/**
 * Registers the service worker in prompt mode. A new version waits until an adult taps "update" on a
 * toast, and the toast itself waits while a child is in a game, so nothing reloads mid-play.
 */
export function registerPwa(): void {
  if (!('serviceWorker' in navigator)) return;
  let shown = false;
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      if (inChildPlay()) {
        const off = onLeaveChildPlay(() => {
          off();
          show();
        });
      } else show();
    },
    onOfflineReady() {
      document.documentElement.dataset.offlineReady = 'true';
    },
    onRegisteredSW(swUrl, reg) {
      if (!reg) return;
      // Long-open class tablets would never look for updates otherwise.
      setInterval(async () => {
        if (!navigator.onLine || reg.installing) return;
        const res = await fetch(swUrl, { cache: 'no-store' }).catch(() => null);
        if (res?.status === 200) await reg.update();
      }, HOUR);
    },
  });

  function show(): void {
    if (shown) return;
    shown = true;
    const toast = h(
      'div',
      { class: 'toast', role: 'status', id: 'update-toast' },
      h('p', {}, h('strong', {}, t('update.title')), ' ', t('update.body')),
      h('button', { class: 'btn', type: 'button', onclick: () => void updateSW(true) }, t('update.now')),
      h(
        'button',
        {
          class: 'btn secondary',
          type: 'button',
          onclick: () => {
            toast.remove();
            shown = false;
          },
        },
        t('update.later'),
      ),
    );
    document.body.append(toast);
  }
}
