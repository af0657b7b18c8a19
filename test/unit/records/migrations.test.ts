import { describe, expect, it } from 'vitest';
import { configureStore, getRecord, getMeta, listRecords } from '../../../src/records/store.ts';
import { openForage } from '../../../src/records/kv.ts';
import { migrateRecord, MIGRATIONS } from '../../../src/records/migrations.ts';
import { ENTITY_SCHEMAS, RECORDS_SCHEMA_VERSION } from '../../../src/shared/records/schema.ts';
import { newId } from '../../../src/shared/records/ids.ts';

const T = '2026-03-07T01:00:00.000Z';
const fam = newId();
const sess = newId();

/** What a device wrote in each earlier version, written straight to IndexedDB as that version did. */
const V1 = {
  person: [
    { id: newId(), createdAt: T, updatedAt: T, familyId: fam, role: 'father', displayName: '이준호' },
    { id: newId(), createdAt: T, updatedAt: T, familyId: fam, role: 'child', displayName: '별이', ageBand: '3-5' },
  ],
  attendance: [
    { id: newId(), createdAt: T, updatedAt: T, sessionId: sess, personId: fam, familyId: fam, status: 'here' },
    { id: newId(), createdAt: T, updatedAt: T, sessionId: sess, personId: fam, familyId: fam, status: 'early-leave' },
  ],
};
const V2 = {
  person: [{ id: newId(), centerId: null, createdAt: T, updatedAt: T, deletedAt: null, familyId: fam, role: 'partner', displayName: '최수진' }],
  attendance: [{ id: newId(), centerId: null, createdAt: T, updatedAt: T, deletedAt: null, sessionId: sess, personId: fam, familyId: fam, status: 'late' }],
};

async function seed(prefix: string, version: number, data: Record<string, Array<Record<string, unknown>>>): Promise<void> {
  for (const [entity, rows] of Object.entries(data)) {
    const kv = await openForage(`${prefix}-${entity}`);
    await kv.setMany(rows.map((r) => [String(r.id), r] as const));
  }
  await (await openForage(`${prefix}-meta`)).set('schemaVersion', version);
}

describe('local store migrations', () => {
  it('has a step from every earlier version to the current one', () => {
    for (let v = 1; v < RECORDS_SCHEMA_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe('function');
  });

  it('brings version 1 data to the current version: tombstone fields, attendance statuses, split names', async () => {
    await seed('mig-v1', 1, V1);
    configureStore({ prefix: 'mig-v1' });
    const people = await listRecords('person');
    expect(people).toHaveLength(2);
    const [dad, child] = [people.find((p) => p.role === 'father'), people.find((p) => p.role === 'child')];
    expect(dad).toMatchObject({ name: '이준호', nickname: '', ageBand: null, deletedAt: null, centerId: null });
    expect(child).toMatchObject({ name: '', nickname: '별이', ageBand: '3-5' });
    expect((await listRecords('attendance')).map((a) => a.status).sort()).toEqual(['left-early', 'present']);
    for (const p of people) expect(ENTITY_SCHEMAS.person.safeParse(p).success).toBe(true);
    expect(await getMeta('schemaVersion')).toBe(RECORDS_SCHEMA_VERSION);
    // The migrated form is on disk: a second open finds nothing left to do and the same data.
    configureStore({ prefix: 'mig-v1' });
    expect((await getRecord('person', V1.person[0]!.id))?.name).toBe('이준호');
  });

  it('brings version 2 data to the current version', async () => {
    await seed('mig-v2', 2, V2);
    configureStore({ prefix: 'mig-v2' });
    expect((await listRecords('person'))[0]).toMatchObject({ role: 'partner', name: '최수진', nickname: '' });
    expect((await listRecords('attendance'))[0]?.status).toBe('late');
    expect(await getMeta('schemaVersion')).toBe(RECORDS_SCHEMA_VERSION);
  });

  it('leaves current records untouched', () => {
    const r = { id: newId(), centerId: null, createdAt: T, updatedAt: T, deletedAt: null, role: 'father', name: 'x', nickname: '', ageBand: null, familyId: fam };
    expect(migrateRecord('person', r, RECORDS_SCHEMA_VERSION)).toEqual(r);
  });
});
