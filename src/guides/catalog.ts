import { guideSchema, type Guide, type GuideLanguage, type LocalizedText } from '../shared/guides/schema.ts';
import { collectIds, gameIdFromPath, resolveLink, type ResolvedLink } from '../shared/guides/links.ts';
import type { GuideLink } from '../shared/guides/schema.ts';
import { currentLanguage } from '../i18n/index.ts';

// Guide files are bundled as lazy chunks (hashed, so the service worker precaches them): a center's
// own guide is one more file in assets/guides/, found here without a code change.
const files = import.meta.glob<{ default: unknown }>('../../assets/guides/*.json');
// Existence of games is known from the file names alone; nothing is loaded.
const gameFiles = import.meta.glob('../../levels/*/game.json');
const coloringFiles = import.meta.glob<{ default: unknown }>('../../levels/coloring/**/*.json');

function idOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

/** Ids of every guide file, without loading any. */
export function guideIds(): string[] {
  return Object.keys(files).map(idOf).sort();
}

const cache = new Map<string, Promise<Guide | null>>();

/** One guide, parsed with defaults applied; null when there is no such file or it does not parse. */
export function loadGuide(id: string): Promise<Guide | null> {
  let p = cache.get(id);
  if (!p) {
    const entry = Object.entries(files).find(([path]) => idOf(path) === id);
    p = entry
      ? entry[1]().then((m) => {
          const r = guideSchema.safeParse(m.default);
          // content:check stops a bad file at build time; this guards a file added without it.
          if (!r.success) console.error(`guide ${id} does not match the schema`, r.error.issues);
          return r.success ? r.data : null;
        })
      : Promise.resolve(null);
    cache.set(id, p);
  }
  return p;
}

const PROGRAM_ORDER = { dal: 0, aja: 1, center: 2 } as const;

/** Every guide that parses, ordered by program then session. */
export async function loadAllGuides(): Promise<Guide[]> {
  const all = await Promise.all(guideIds().map(loadGuide));
  return all
    .filter((g): g is Guide => g !== null)
    .sort((a, b) => PROGRAM_ORDER[a.program] - PROGRAM_ORDER[b.program] || a.session - b.session || a.id.localeCompare(b.id));
}

/** The text in the reader's language (every language is required by the schema, so no fallback is needed). */
export function tr(text: LocalizedText, lng: GuideLanguage = currentLanguage()): string {
  return text[lng];
}

let available: Promise<Set<string>> | null = null;

/** `game:x` / `sheet:y` links whose game or sheet exists in this build. */
export function availableLinks(): Promise<Set<string>> {
  available ??= (async () => {
    const out = new Set<string>();
    for (const path of Object.keys(gameFiles)) {
      const id = gameIdFromPath(path);
      if (id) out.add(`game:${id}`);
    }
    const manifests = await Promise.all(Object.values(coloringFiles).map((load) => load().catch(() => ({ default: null }))));
    const sheets = new Set<string>();
    for (const m of manifests) collectIds(m.default, sheets);
    for (const id of sheets) out.add(`sheet:${id}`);
    return out;
  })();
  return available;
}

export interface LinkView extends ResolvedLink {
  link: GuideLink;
  /** False until the game or sheet is built: shown as plain text then. */
  exists: boolean;
}

export async function linkViews(links: GuideLink[]): Promise<LinkView[]> {
  const have = await availableLinks();
  return links.map((link) => ({ ...resolveLink(link), link, exists: have.has(link) }));
}
