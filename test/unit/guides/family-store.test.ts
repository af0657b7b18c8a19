import { beforeEach, describe, expect, it, vi } from 'vitest';

// A device whose storage fills up on demand: setItem rejects like IndexedDB's QuotaExceededError.
const disk = new Map<string, unknown>();
let full = false;
vi.mock('localforage', () => ({
  default: {
    createInstance: (opts: { name: string }) => {
      expect(opts.name).toBe('appa-family');
      return {
        getItem: async (k: string) => disk.get(k) ?? null,
        setItem: async (k: string, v: unknown) => {
          if (full) throw new DOMException('quota', 'QuotaExceededError');
          disk.set(k, structuredClone(v));
          return v;
        },
      };
    },
  },
}));

const { FamilyStorageError, loadFamily, resetFamilyCache, saveFamily } = await import('../../../src/passport/family-store.ts');
const { tickMission, stampPlace } = await import('../../../src/passport/family-model.ts');

describe('family store', () => {
  beforeEach(() => {
    disk.clear();
    full = false;
    resetFamilyCache();
  });

  it('keeps state across a reload of the module cache', async () => {
    const s = tickMission(await loadFamily(), 'm', 'g', '2026-11-25').state;
    await saveFamily(s);
    resetFamilyCache();
    expect((await loadFamily()).missions).toEqual({ m: { guideId: 'g', days: ['2026-11-25'] } });
  });

  it('says the storage is full, keeps the last saved state, and saves again once there is room', async () => {
    const first = tickMission(await loadFamily(), 'm', 'g', '2026-11-24').state;
    await saveFamily(first);
    full = true;
    const second = stampPlace(first, 'ddp', '2026-11-25', 'data:image/png;base64,AAAA', new Date());
    await expect(saveFamily(second.state)).rejects.toBeInstanceOf(FamilyStorageError);
    resetFamilyCache();
    expect((await loadFamily()).stamps).toEqual({});
    full = false;
    await saveFamily(second.state);
    resetFamilyCache();
    expect(Object.keys((await loadFamily()).stamps)).toEqual(['ddp']);
  });

  it('reads damaged stored data as an empty family instead of failing', async () => {
    disk.set('state', { missions: 'oops', stamps: [1, 2] });
    expect(await loadFamily()).toEqual({ version: 1, chosenGuide: null, missions: {}, stamps: {} });
  });
});
