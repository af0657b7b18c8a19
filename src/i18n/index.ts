import i18next, { type TFunction } from 'i18next';

export const LANGUAGES = ['ko', 'en', 'zh', 'ja', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's own name, shown in the switch so a reader finds theirs without reading Korean. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ko: '한국어',
  en: 'English',
  zh: '中文',
  ja: '日本語',
  vi: 'Tiếng Việt',
};

// Locales are bundled (hashed chunks, so the service worker precaches them) but loaded per language,
// so the first screen carries only the language in use. A feature adds `locales/<lng>/<ns>.json`.
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');

function namespacesOf(lng: Language): Array<[string, () => Promise<{ default: Record<string, unknown> }>]> {
  return Object.entries(files)
    .map(([path, load]) => {
      const m = /\.\/locales\/([a-z]+)\/([\w-]+)\.json$/.exec(path);
      return m && m[1] === lng ? ([m[2] as string, load] as [string, typeof load]) : null;
    })
    .filter((x): x is [string, () => Promise<{ default: Record<string, unknown> }>] => x !== null);
}

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

async function loadNamespaces(lng: Language, only?: string): Promise<void> {
  await Promise.all(
    namespacesOf(lng)
      .filter(([ns]) => only === undefined || ns === only)
      .map(async ([ns, load]) => {
        if (i18next.hasResourceBundle(lng, ns)) return;
        const mod = await load();
        i18next.addResourceBundle(lng, ns, mod.default, true, true);
      }),
  );
}

const fallbacks = (lng: Language): Language[] => (lng === 'ko' ? ['ko'] : [lng, 'ko']);
const complete = new Map<Language, Promise<void>>();

/**
 * Every namespace of the language in use (and of Korean, the fallback). The first screen needs only
 * `common`; the router awaits this for a screen that does not name its own, and it is warmed when idle.
 */
export function loadAllNamespaces(lng: Language = currentLanguage()): Promise<void> {
  let p = complete.get(lng);
  if (!p) {
    p = Promise.all(fallbacks(lng).map((l) => loadNamespaces(l))).then(() => undefined);
    complete.set(lng, p);
    p.catch(() => complete.delete(lng));
  }
  return p;
}

/** One namespace of the language in use (and of Korean): for a screen that needs only its own. */
export function loadNamespace(ns: string, lng: Language = currentLanguage()): Promise<void> {
  return Promise.all(fallbacks(lng).map((l) => loadNamespaces(l, ns))).then(() => undefined);
}

export async function initI18n(lng: Language): Promise<TFunction> {
  // i18next binds its resource store in init(), so bundles are added after it and then applied.
  await i18next.init({
    lng,
    fallbackLng: 'ko',
    supportedLngs: [...LANGUAGES],
    load: 'languageOnly',
    ns: ['common'],
    defaultNS: 'common',
    fallbackNS: 'common',
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await Promise.all(fallbacks(lng).map((l) => loadNamespaces(l, 'common')));
  const t = await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
  return t;
}

export async function setLanguage(lng: Language): Promise<void> {
  await loadAllNamespaces(lng);
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
}

export const t: TFunction = ((...args: Parameters<TFunction>) => i18next.t(...args)) as TFunction;

export function currentLanguage(): Language {
  const l = i18next.language;
  return isLanguage(l) ? l : 'ko';
}

/** Called after a language switch; screens re-render through it without a reload. */
export function onLanguageChanged(fn: (lng: Language) => void): () => void {
  const h = (l: string): void => fn(isLanguage(l) ? l : 'ko');
  i18next.on('languageChanged', h);
  return () => i18next.off('languageChanged', h);
}
