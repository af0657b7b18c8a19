import { describe, expect, it } from 'vitest';
import { configureStore, onLocalChange, putRecord, type LocalChange } from '../../../src/records/store.ts';
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
});
