import { describe, expect, it } from 'vitest';
import { configureStore, dropUnheardLocalChanges, onLocalChange, putRecord, type LocalChange } from '../../../src/records/store.ts';
import { makeRecord } from '../../../src/shared/records/make.ts';

describe('local changes made before the sync outbox subscribes', () => {
  it('are held and handed to the first subscriber, in order, once', async () => {
    configureStore({ prefix: 'store-early-test', forceMemory: false });
    // The sync outbox boots when the page is idle; a facilitator may already be registering a family.
    const a = makeRecord('family', { code: 'GN-7K3P', cohortId: null, status: 'enrolled', mergedInto: null, note: '' }, null);
    const b = makeRecord('family', { code: 'GN-8M4Q', cohortId: null, status: 'enrolled', mergedInto: null, note: '' }, null);
    await putRecord('family', a);
    await putRecord('family', b);
    const seen: LocalChange[] = [];
    const off = onLocalChange((c) => seen.push(c));
    expect(seen.map((c) => [c.op, c.id])).toEqual([
      ['put', a.id],
      ['put', b.id],
    ]);
    off();
    const again: LocalChange[] = [];
    const off2 = onLocalChange((c) => again.push(c));
    expect(again).toEqual([]);
    off2();
  });

  it('are let go once sync says it will not listen (an unpaired phone keeps nothing in memory for it)', async () => {
    dropUnheardLocalChanges();
    await putRecord('family', makeRecord('family', { code: 'GN-7K4P', cohortId: null, status: 'enrolled', mergedInto: null, note: '' }, null));
    const seen: LocalChange[] = [];
    const off = onLocalChange((c) => seen.push(c));
    expect(seen).toEqual([]);
    // A listener that comes later (the device was paired on this page) still hears every new write.
    const c = makeRecord('family', { code: 'GN-2P6T', cohortId: null, status: 'enrolled', mergedInto: null, note: '' }, null);
    await putRecord('family', c);
    expect(seen.map((x) => x.id)).toEqual([c.id]);
    off();
  });
});
