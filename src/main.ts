import './app/zod-jitless.ts';
import './app/styles.css';
import { initI18n, loadAllNamespaces } from './i18n/index.ts';
import { prefs } from './app/prefs.ts';
import { inChildPlay, startShell } from './app/shell.ts';
import { registerPwa } from './pwa/register.ts';

async function boot(): Promise<void> {
  await initI18n(prefs().language);
  const app = document.getElementById('app');
  if (!app) return;
  startShell(app);
  registerPwa();
  // Off the first screen's critical path: translations of the other screens, background services
  // (records listening to events, the sync loop) and the Phaser prefetch wait until the page is idle.
  whenIdle(() => {
    void loadAllNamespaces();
    // Services wait a few seconds more: nothing they do is urgent (events and local changes are
    // held until they listen), and a phone should spend its first seconds on the screen in hand.
    window.setTimeout(() => whenIdle(startFeatureServices), SERVICES_DELAY_MS);
  });
  prefetchGamesWhenIdle();
}

const SERVICES_DELAY_MS = 5000;

function whenIdle(fn: () => void): void {
  const idle = (): void => {
    if (window.requestIdleCallback) window.requestIdleCallback(fn, { timeout: 2000 });
    else window.setTimeout(fn, 200);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

// Features with background work (the records store listening to events, the sync loop) export
// `start()` from `src/<feature>/boot.ts`. Events and local changes raised before they run are buffered.
const boots = import.meta.glob<{ start: () => void | Promise<void> }>('./*/boot.ts');
function startFeatureServices(): void {
  for (const [path, load] of Object.entries(boots)) {
    void load()
      .then((m) => m.start())
      .catch((err: unknown) => console.error(`${path} failed to start`, err));
  }
}

/**
 * Warms the HTTP cache with the Phaser chunk once the first screen is idle, without executing it:
 * the first screen never pays for Phaser, the first game tap rarely waits for the network.
 */
function prefetchGamesWhenIdle(): void {
  const href = document.querySelector<HTMLMetaElement>('meta[name="appa-phaser-chunk"]')?.content;
  const conn = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (!href || conn?.saveData) return;
  whenIdle(() => {
    // A game on screen already imports Phaser itself; a second download would only compete with it.
    if (inChildPlay()) return;
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.as = 'script';
    link.href = href;
    document.head.append(link);
  });
}

void boot();
