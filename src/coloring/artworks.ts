import localforage from 'localforage';
import type { Fills } from './fill-model.ts';

/** One child's coloring of one sheet, kept on this device only (it never syncs). */
export interface Artwork {
  id: string;
  sheetId: string;
  fills: Fills;
  createdAt: number;
  updatedAt: number;
  /** Set when the child pressed "다 했어요"; the next visit to the sheet starts a fresh page. */
  finishedAt?: number;
}

export type SaveResult = { ok: true } | { ok: false; reason: 'full' | 'failed' };

/** The storage the gallery uses; a parameter so tests can hand in a store that fails. */
export interface ArtworkStore {
  getItem<T>(key: string): Promise<T | null>;
  setItem<T>(key: string, value: T): Promise<T>;
  removeItem(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

let store: ArtworkStore | null = null;
function defaultStore(): ArtworkStore {
  store ??= localforage.createInstance({ name: 'appa', storeName: 'coloring_artworks' });
  return store;
}

export function newArtwork(sheetId: string, now = Date.now()): Artwork {
  const rand = Math.random().toString(36).slice(2, 8);
  return { id: `art-${now.toString(36)}-${rand}`, sheetId, fills: {}, createdAt: now, updatedAt: now };
}

/** Quota errors differ by browser and storage driver; all of them mean "the device is full". */
export function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; code?: number; message?: string; inner?: unknown } | null;
  if (!err) return false;
  if (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014) return true;
  if (/quota|full|space/i.test(err.message ?? '')) return true;
  return err.inner ? isQuotaError(err.inner) : false;
}

let askedToPersist = false;

export async function saveArtwork(a: Artwork, s: ArtworkStore = defaultStore()): Promise<SaveResult> {
  try {
    await s.setItem(a.id, a);
    if (!askedToPersist) {
      askedToPersist = true;
      // A child's pictures should not be evicted when the device runs low; the browser may say no.
      void globalThis.navigator?.storage?.persist?.().catch(() => false);
    }
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: isQuotaError(e) ? 'full' : 'failed' };
  }
}

export async function getArtwork(id: string, s: ArtworkStore = defaultStore()): Promise<Artwork | null> {
  return s.getItem<Artwork>(id);
}

export async function deleteArtwork(id: string, s: ArtworkStore = defaultStore()): Promise<void> {
  await s.removeItem(id);
}

/** Every saved artwork, newest first; anything unreadable is skipped rather than breaking the gallery. */
export async function listArtworks(s: ArtworkStore = defaultStore()): Promise<Artwork[]> {
  const out: Artwork[] = [];
  for (const k of await s.keys()) {
    try {
      const a = await s.getItem<Artwork>(k);
      if (a && typeof a.sheetId === 'string' && a.fills && typeof a.fills === 'object') out.push(a);
    } catch {
      /* one damaged entry must not hide the others */
    }
  }
  return out.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** The page the child left unfinished on this sheet, if any, to carry on where they stopped. */
export async function latestUnfinished(sheetId: string, s: ArtworkStore = defaultStore()): Promise<Artwork | null> {
  return (await listArtworks(s)).find((a) => a.sheetId === sheetId && !a.finishedAt) ?? null;
}
