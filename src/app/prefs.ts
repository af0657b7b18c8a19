import { isLanguage, type Language } from '../i18n/index.ts';

export const AGE_BANDS = ['0-2', '3-5', '6-7', '8-12'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface Prefs {
  language: Language;
  ageBand: AgeBand;
  sound: boolean;
}

const KEY = 'appa.prefs.v1';

export function isAgeBand(v: unknown): v is AgeBand {
  return typeof v === 'string' && (AGE_BANDS as readonly string[]).includes(v);
}

/** The browser's language when it is one we carry, else Korean (the source language). */
function guessLanguage(): Language {
  for (const l of navigator.languages ?? [navigator.language]) {
    const base = l.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'ko';
}

function read(): Prefs {
  const fallback: Prefs = { language: guessLanguage(), ageBand: '3-5', sound: true };
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Prefs> | null;
    if (!raw) return fallback;
    return {
      language: isLanguage(raw.language) ? raw.language : fallback.language,
      ageBand: isAgeBand(raw.ageBand) ? raw.ageBand : fallback.ageBand,
      sound: typeof raw.sound === 'boolean' ? raw.sound : fallback.sound,
    };
  } catch {
    // A damaged or blocked localStorage must never stop the app from opening.
    return fallback;
  }
}

let current: Prefs = read();
const listeners = new Set<(p: Prefs) => void>();

export function prefs(): Readonly<Prefs> {
  return current;
}

export function updatePrefs(patch: Partial<Prefs>): void {
  current = { ...current, ...patch };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    /* private mode: remembered for this visit only */
  }
  for (const l of listeners) l(current);
}

export function onPrefsChanged(fn: (p: Prefs) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
