import { h, svg } from './dom.ts';
import { compile, match, type Match } from './router.ts';
import { gateOpen, openGate, renderGate } from './gate.ts';
import { prefs, updatePrefs, onPrefsChanged } from './prefs.ts';
import type { Cleanup, FeatureRoutes, HomeTile, RouteDef } from './types.ts';
import { LANGUAGES, LANGUAGE_NAMES, currentLanguage, isLanguage, loadAllNamespaces, loadNamespace, onLanguageChanged, setLanguage, t } from '../i18n/index.ts';
import haechi from '../../assets/art/haechi.svg?raw';

// Drawn, not emoji: emoji fonts are missing on many class tablets and in print.
const stroke = 'fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"';
const ICONS = {
  globe: `<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true"><g ${stroke}><circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3.2 3 14.8 0 18M12 3c-3 3.2-3 14.8 0 18"/></g></svg>`,
  soundOn: `<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><g ${stroke}><path d="M4 9h4l5-4v14l-5-4H4z"/><path d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12"/></g></svg>`,
  soundOff: `<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><g ${stroke}><path d="M4 9h4l5-4v14l-5-4H4z"/><path d="M17 9l5 6M22 9l-5 6"/></g></svg>`,
};

// Every feature folder that has a `routes.ts` joins the app without the shell changing.
const features = import.meta.glob<FeatureRoutes>('../*/routes.ts', { eager: true });

export function collectRoutes(): { routes: RouteDef[]; tiles: HomeTile[] } {
  const routes: RouteDef[] = [];
  const tiles: HomeTile[] = [];
  for (const f of Object.values(features)) {
    routes.push(...f.routes);
    tiles.push(...(f.tiles ?? []));
  }
  tiles.sort((a, b) => a.order - b.order);
  return { routes, tiles };
}

let navigateImpl: (path: string, replace?: boolean) => void = () => undefined;
/** Navigates inside the app (history API); used by every screen. */
export function navigate(path: string, replace = false): void {
  navigateImpl(path, replace);
}

let busyWithChildPlay = false;
/** True while a child-facing immersive screen (a game) is up: the update toast waits. */
export function inChildPlay(): boolean {
  return busyWithChildPlay;
}
const leaveListeners = new Set<() => void>();
export function onLeaveChildPlay(fn: () => void): () => void {
  leaveListeners.add(fn);
  return () => leaveListeners.delete(fn);
}

export function startShell(app: HTMLElement): void {
  const { routes } = collectRoutes();
  const table = compile(routes);
  const main = h('main', { id: 'main', tabindex: '-1' });
  const header = renderHeader();
  const live = h('div', { class: 'sr-only', 'aria-live': 'polite', id: 'route-announcer' });
  app.replaceChildren(h('a', { class: 'skip-link', href: '#main' }, t('shell.skip')), header.el, main, live);

  let cleanup: Cleanup | undefined;
  let renderId = 0;
  let current: { m: Match | null; keep: boolean } = { m: null, keep: false };

  async function render(): Promise<void> {
    const id = ++renderId;
    cleanup?.();
    cleanup = undefined;
    const url = new URL(location.href);
    const m = match(table, url.pathname);
    current = { m, keep: false };
    const immersive = Boolean(m?.route.immersive);
    const wasChildPlay = busyWithChildPlay;
    busyWithChildPlay = immersive;
    if (wasChildPlay && !immersive) for (const l of leaveListeners) l();
    document.body.classList.toggle('immersive', immersive);
    header.update();
    main.replaceChildren();
    if (!m) {
      const nf = await import('./not-found.ts');
      if (id === renderId) cleanup = nf.mountNotFound(main) ?? undefined;
      setTitle('notFound.title');
      return;
    }
    if (m.route.adult && !gateOpen()) {
      setTitle('gate.title');
      cleanup = renderGate(main, () => void render(), () => navigate('/', true));
      return;
    }
    // Each adult screen keeps the gate open for another window, so a facilitator who steps from
    // presenter mode into a ten-minute class game is not asked again when coming back.
    if (m.route.adult) openGate();
    try {
      // A screen that names its namespaces waits for those alone (`common` is always there); any
      // other screen gets all of them.
      const texts = m.route.namespaces ? Promise.all(m.route.namespaces.map((ns) => loadNamespace(ns))) : loadAllNamespaces();
      const [screen] = await Promise.all([m.route.load(), texts]);
      setTitle(m.route.titleKey);
      if (id !== renderId) return;
      current.keep = Boolean(screen.keepOnLanguageChange);
      const c = await screen.mount(main, { params: m.params, query: url.searchParams, navigate });
      if (id !== renderId) {
        c?.();
        return;
      }
      cleanup = c ?? undefined;
    } catch (err) {
      console.error(err);
      if (id !== renderId) return;
      main.replaceChildren(
        h(
          'section',
          { class: 'error-screen', role: 'alert' },
          h('h1', {}, t('error.loadTitle')),
          h('p', {}, navigator.onLine ? t('error.loadBody') : t('error.offlineBody')),
          h('button', { class: 'btn', type: 'button', onclick: () => void render() }, t('error.retry')),
          h('a', { class: 'btn secondary', href: '/' }, t('notFound.home')),
        ),
      );
    }
  }

  function setTitle(key: string): void {
    const title = `${t(key)} · ${t('app.name')}`;
    document.title = title;
    live.textContent = t(key);
  }

  navigateImpl = (path, replace = false) => {
    if (replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    void render().then(() => main.focus({ preventScroll: true }));
  };

  // Same-origin links navigate inside the app; downloads, new tabs and /api links are left alone.
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || a.target || a.hasAttribute('download')) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    if (url.hash && url.pathname === location.pathname) return;
    e.preventDefault();
    navigate(url.pathname + url.search);
  });
  window.addEventListener('popstate', () => void render());
  onLanguageChanged(() => {
    header.update();
    if (!current.keep) void render();
  });
  void render();
}

function renderHeader(): { el: HTMLElement; update: () => void } {
  const home = h('a', { class: 'brand', href: '/' });
  const langSelect = h('select', { id: 'lang-select', class: 'lang-select' });
  for (const l of LANGUAGES) langSelect.append(h('option', { value: l, lang: l }, LANGUAGE_NAMES[l]));
  langSelect.addEventListener('change', () => {
    const v = langSelect.value;
    if (isLanguage(v)) {
      updatePrefs({ language: v });
      void setLanguage(v);
    }
  });
  const langLabel = h('label', { for: 'lang-select', class: 'lang-label' });
  const sound = h('button', { type: 'button', class: 'sound-toggle', id: 'sound-toggle' });
  sound.addEventListener('click', () => updatePrefs({ sound: !prefs().sound }));
  onPrefsChanged(() => update());

  function update(): void {
    home.replaceChildren(svg(haechi), h('span', {}, t('app.name')));
    home.setAttribute('aria-label', t('shell.home'));
    langSelect.value = currentLanguage();
    langLabel.replaceChildren(svg(ICONS.globe), h('span', { class: 'sr-only' }, t('shell.language')));
    const on = prefs().sound;
    sound.setAttribute('aria-pressed', String(on));
    sound.replaceChildren(
      svg(on ? ICONS.soundOn : ICONS.soundOff),
      h('span', { class: 'sound-label' }, on ? t('shell.soundOn') : t('shell.soundOff')),
    );
  }
  const el = h('header', { class: 'topbar' }, home, h('div', { class: 'topbar-tools' }, langLabel, langSelect, sound));
  update();
  return { el, update };
}
