import { describe, expect, it } from 'vitest';
import { emit } from '../../../src/app/events.ts';
import { activityFromEvent, start } from '../../../src/records/boot.ts';
import { configureStore, listRecords } from '../../../src/records/store.ts';
import { journeyCounts } from '../../../src/records/journey-screen.ts';

describe('activity events become records', () => {
  it('maps every kind of event to an Activity', () => {
    const at = new Date('2026-05-05T01:00:00.000Z');
    expect(activityFromEvent({ kind: 'game', gameId: 'body-match', levelId: 'l1', ageBand: '3-5', seconds: 151.6, where: 'class' }, at)).toMatchObject({
      kind: 'game', refId: 'body-match', levelId: 'l1', ageBand: '3-5', seconds: 152, where: 'class', familyId: null, doneAt: at.toISOString(),
    });
    expect(activityFromEvent({ kind: 'mission', levelId: 'read-together', ageBand: '0-2', seconds: 0 }, at)).toMatchObject({ kind: 'mission', refId: 'read-together', where: 'home' });
    expect(activityFromEvent({ kind: 'sheet', sheetId: 'namsan', ageBand: '6-7', seconds: 400 }, at).refId).toBe('namsan');
  });

  it('stores events emitted before and after the records module starts', async () => {
    configureStore({ prefix: 'boot-test' });
    emit('activity-completed', { kind: 'stamp', levelId: 'seoul-forest', ageBand: '3-5', seconds: 0, where: 'home' });
    start();
    emit('activity-completed', { kind: 'game', gameId: 'tower-stack', ageBand: '3-5', seconds: 180, where: 'class' });
    await expect.poll(async () => (await listRecords('activity')).map((a) => a.refId)).toEqual(['seoul-forest', 'tower-stack']);
    // Journey: one class day (the game in class), 3 minutes together.
    expect(journeyCounts(await listRecords('activity'))).toEqual({ games: 1, sheets: 0, missions: 0, stamps: 1, classDays: 1, minutes: 3 });
  });
});
