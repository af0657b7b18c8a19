import { describe, expect, it } from 'vitest';
import { isQuotaError, latestUnfinished, listArtworks, newArtwork, saveArtwork, type ArtworkStore } from '../../../src/coloring/artworks.ts';

/** An in-memory store; `failWith` makes every write fail the way a full device does. */
function memoryStore(failWith?: unknown): ArtworkStore {
  const m = new Map<string, unknown>();
  return {
    getItem: async <T>(k: string) => (m.get(k) as T) ?? null,
    setItem: async <T>(k: string, v: T) => {
      if (failWith) throw failWith;
      m.set(k, structuredClone(v));
      return v;
    },
    removeItem: async (k) => void m.delete(k),
    keys: async () => [...m.keys()],
  };
}

describe('artworks on the device', () => {
  it('saves, lists newest first, and finds the unfinished page of a sheet', async () => {
    const s = memoryStore();
    const a = { ...newArtwork('haechi-simple', 1000), fills: { 'haechi-head': '#F5B942' } };
    const b = { ...newArtwork('ddp-detailed', 2000), fills: { sun: '#E0533D' }, finishedAt: 2500 };
    expect(await saveArtwork(a, s)).toEqual({ ok: true });
    expect(await saveArtwork(b, s)).toEqual({ ok: true });
    expect((await listArtworks(s)).map((x) => x.sheetId)).toEqual(['ddp-detailed', 'haechi-simple']);
    expect((await latestUnfinished('haechi-simple', s))?.id).toBe(a.id);
    expect(await latestUnfinished('ddp-detailed', s)).toBeNull();
  });

  it('reports a full device as "full" and anything else as "failed"', async () => {
    const full = new DOMException('quota', 'QuotaExceededError');
    expect(await saveArtwork(newArtwork('x'), memoryStore(full))).toEqual({ ok: false, reason: 'full' });
    expect(await saveArtwork(newArtwork('x'), memoryStore(new Error('disk on fire')))).toEqual({ ok: false, reason: 'failed' });
    expect(isQuotaError({ name: 'UnknownError', inner: { code: 22 } })).toBe(true);
  });

  it('works on the real localforage store (IndexedDB) too', async () => {
    const a = { ...newArtwork('seoul-map'), fills: { 'han-river': '#3D8BD9' } };
    expect(await saveArtwork(a)).toEqual({ ok: true });
    expect((await listArtworks()).find((x) => x.id === a.id)?.fills).toEqual({ 'han-river': '#3D8BD9' });
  });
});
