import { describe, expect, it } from 'vitest';
import { clearFamily, loadFamily, resetFamilyCache, saveFamily } from '../../../src/passport/family-store.ts';
import { emptyState } from '../../../src/passport/family-model.ts';

describe('"delete our data" on the family side', () => {
  it('removes stamps, drawings and mission ticks from the device for good', async () => {
    await saveFamily({
      ...emptyState(),
      chosenGuide: 'dal-01-know-your-child',
      missions: { 'dal-01-child-led': { guideId: 'dal-01-know-your-child', days: ['2026-11-20'] } },
      stamps: { 'seoul-forest': { date: '2026-11-21', drawing: 'data:image/png;base64,AAAA', savedAt: '2026-11-21T10:00:00.000Z' } },
    });
    resetFamilyCache();
    expect(Object.keys((await loadFamily()).stamps)).toEqual(['seoul-forest']);
    await clearFamily();
    expect(await loadFamily()).toEqual(emptyState());
    // Not only the in-memory copy: the device itself no longer has it.
    resetFamilyCache();
    expect(await loadFamily()).toEqual(emptyState());
  });
});
