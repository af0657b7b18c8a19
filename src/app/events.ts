import type { AgeBand } from './prefs.ts';

/**
 * The typed events the features raise and the records side listens to. A game scene or a coloring
 * screen never writes storage itself; it emits one of these.
 */
export interface AppEvents {
  'activity-completed': {
    kind: 'game' | 'sheet' | 'mission' | 'stamp';
    gameId?: string;
    sheetId?: string;
    levelId?: string;
    ageBand: AgeBand;
    seconds: number;
    where?: 'home' | 'class';
  };
  'game-started': { gameId: string; levelId?: string; ageBand: AgeBand };
  'game-ended': { gameId: string };
}

type Handler<K extends keyof AppEvents> = (detail: AppEvents[K]) => void;
const target = new EventTarget();
const listening = new Map<string, number>();
/** Events raised before anyone listens (the records module boots lazily) wait here, in order. */
const pending: Array<{ name: string; detail: unknown }> = [];

export function emit<K extends keyof AppEvents>(name: K, detail: AppEvents[K]): void {
  if (!listening.get(name)) pending.push({ name, detail });
  else target.dispatchEvent(new CustomEvent(name, { detail }));
  // Browser tests read what was emitted without reaching into module state.
  const w = window as unknown as { __appaEvents?: Array<{ name: string; detail: unknown }> };
  (w.__appaEvents ??= []).push({ name, detail });
}

export function on<K extends keyof AppEvents>(name: K, fn: Handler<K>): () => void {
  const listener = (e: Event): void => fn((e as CustomEvent<AppEvents[K]>).detail);
  target.addEventListener(name, listener);
  listening.set(name, (listening.get(name) ?? 0) + 1);
  for (let i = 0; i < pending.length; ) {
    const p = pending[i] as { name: string; detail: unknown };
    if (p.name === name) {
      pending.splice(i, 1);
      fn(p.detail as AppEvents[K]);
    } else i++;
  }
  return () => {
    target.removeEventListener(name, listener);
    listening.set(name, (listening.get(name) ?? 1) - 1);
  };
}
