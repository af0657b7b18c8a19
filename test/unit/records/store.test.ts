import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openForage, type Kv } from '../../../src/records/kv.ts';
import {
  applyRemote,
  configureStore,
  deleteRecord,
  getMeta,
  getRecord,
  listRecords,
  mergeRecords,
  onLocalChange,
  putRecord,
  storeStatus,
  wipeAll,
  type LocalChange,
} from '../../../src/records/store.ts';
import { makeRecord } from '../../../src/shared/records/make.ts';
import { RECORDS_SCHEMA_VERSION, type PersonRecord } from '../../../src/shared/records/schema.ts';
import { ID_PATTERN, idTime, newId } from '../../../src/shared/records/ids.ts';
import { FAMILY_CODE_PATTERN, makeFamilyCode } from '../../../src/shared/records/family-code.ts';
import { RecordInvalidError } from '../../../src/records/errors.ts';

let n = 0;
const father = (familyId: string, name = '김민수'): PersonRecord => makeRecord('person', { familyId, role: 'father', name, nickname: '', ageBand: null }, null);

describe('ids and family codes', () => {
  it('makes sortable, unique ids even within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => newId(1_700_000_000_000));
    expect(new Set(ids).size).toBe(2000);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids.slice(0, 5)) expect(id).toMatch(ID_PATTERN);
    expect(idTime(ids[0] as string)).toBe(1_700_000_000_000);
    expect(newId(1_700_000_000_001) > (ids[1999] as string)).toBe(true);
  });

  it('makes readable family codes that avoid ambiguous characters and taken codes', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const c = makeFamilyCode('GN', taken);
      expect(c).toMatch(FAMILY_CODE_PATTERN);
      expect(c.slice(3)).not.toMatch(/[01IOLSUV5]/);
      expect(taken.has(c)).toBe(false);
      taken.add(c);
    }
  });
});

describe('the records store', () => {
  const changes: LocalChange[] = [];
  let off: () => void = () => undefined;
  beforeEach(() => {
    configureStore({ prefix: `store-test-${++n}`, forceMemory: false });
    changes.length = 0;
    off = onLocalChange((c) => changes.push(c));
  });
  afterEach(() => off());

  it('stores in IndexedDB, lists in creation order and hides tombstones unless asked', async () => {
    expect((await storeStatus()).mode).toBe('indexeddb');
    const fam = newId();
    const a = await putRecord('person', father(fam, 'A'));
    const b = await putRecord('person', father(fam, 'B'));
    expect((await listRecords('person')).map((p) => p.name)).toEqual(['A', 'B']);
    await deleteRecord('person', a.id);
    expect((await listRecords('person')).map((p) => p.name)).toEqual(['B']);
    const all = await listRecords('person', { includeDeleted: true });
    expect(all).toHaveLength(2);
    const tomb = all.find((p) => p.id === a.id);
    expect(tomb?.deletedAt).not.toBeNull();
    expect(tomb?.name).toBe('');
    expect(changes.map((c) => `${c.op}:${c.id}`)).toEqual([`put:${a.id}`, `put:${b.id}`, `delete:${a.id}`]);
    expect((changes[2]?.record as PersonRecord).name).toBe('');
  });

  it('survives a reopen: data is on disk, not only in memory', async () => {
    const p = await putRecord('person', father(newId()));
    configureStore({ prefix: `store-test-${n}` });
    expect((await getRecord('person', p.id))?.name).toBe('김민수');
  });

  it('stamps updatedAt on every local put and keeps createdAt', async () => {
    const p = await putRecord('person', father(newId()));
    const edited = await putRecord('person', { ...p, name: '김민준', createdAt: '2000-01-01T00:00:00.000Z' });
    expect(edited.createdAt).toBe(p.createdAt);
    expect(edited.updatedAt > p.updatedAt).toBe(true);
  });

  it('refuses an invalid record, names the field and writes nothing', async () => {
    const bad = { ...father(newId()), role: 'uncle' } as unknown as PersonRecord;
    await expect(putRecord('person', bad)).rejects.toBeInstanceOf(RecordInvalidError);
    await expect(putRecord('person', bad)).rejects.toMatchObject({ field: 'role' });
    const child = makeRecord('person', { familyId: newId(), role: 'child', name: '', nickname: '콩이', ageBand: null }, null);
    await expect(putRecord('person', child)).rejects.toMatchObject({ field: 'ageBand' });
    expect(await listRecords('person')).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('applies remote records without echoing them to the outbox', async () => {
    const p = father(newId());
    await applyRemote('person', p);
    expect(await getRecord('person', p.id)).toEqual(p);
    expect(changes).toEqual([]);
  });

  it('merges by id: newer wins, older is ignored, tombstones stay', async () => {
    const fam = newId();
    const p = await putRecord('person', father(fam, 'old'));
    const gone = await putRecord('person', father(fam, 'gone'));
    await deleteRecord('person', gone.id);
    changes.length = 0;
    const later = new Date(Date.parse(p.updatedAt) + 60_000).toISOString();
    const earlier = '2020-01-01T00:00:00.000Z';
    const fresh = father(fam, 'new one');
    const written = await mergeRecords('person', [
      { ...p, name: 'newer', updatedAt: later },
      { ...(await getRecord('person', gone.id))!, name: 'resurrected?', deletedAt: null, updatedAt: later },
      fresh,
      { ...fresh, name: 'stale copy', updatedAt: earlier },
    ]);
    expect(written).toBe(2);
    expect((await getRecord('person', p.id))?.name).toBe('newer');
    expect((await getRecord('person', gone.id))?.deletedAt).not.toBeNull();
    expect((await getRecord('person', fresh.id))?.name).toBe('new one');
    // Merging the same file twice writes nothing more: no duplicates.
    expect(await mergeRecords('person', [{ ...p, name: 'newer', updatedAt: later }, fresh])).toBe(0);
    expect(await listRecords('person')).toHaveLength(2);
    expect(changes.map((c) => c.op)).toEqual(['put', 'put']);
  });

  it('a deletion arriving in a merge tombstones the live record and blanks its name', async () => {
    const p = await putRecord('person', father(newId(), '박아빠'));
    const at = new Date(Date.parse(p.updatedAt) + 1000).toISOString();
    await mergeRecords('person', [{ ...p, deletedAt: at, updatedAt: at, name: '' }]);
    const r = await getRecord('person', p.id);
    expect(r?.deletedAt).toBe(at);
    expect(r?.name).toBe('');
  });

  it('wipes everything and keeps working', async () => {
    await putRecord('person', father(newId()));
    await wipeAll();
    expect(await listRecords('person', { includeDeleted: true })).toEqual([]);
    expect(await getMeta('schemaVersion')).toBe(RECORDS_SCHEMA_VERSION);
    await putRecord('person', father(newId()));
    expect(await listRecords('person')).toHaveLength(1);
  });
});

describe('the memory fallback', () => {
  it('works without IndexedDB and says so', async () => {
    configureStore({ prefix: `mem-${++n}`, forceMemory: true });
    expect((await storeStatus()).mode).toBe('memory');
    const p = await putRecord('person', father(newId()));
    expect((await getRecord('person', p.id))?.id).toBe(p.id);
    configureStore({ forceMemory: false });
  });
});

describe('quota errors', () => {
  it('turns a full disk into StorageFullError and leaves the stored data as it was', async () => {
    let full = false;
    // A real IndexedDB underneath whose writes fail the way a full disk makes them fail.
    const openKv = async (name: string): Promise<Kv> => {
      const kv = await openForage(name);
      const fail = (): Promise<never> => Promise.reject(new DOMException('full', 'QuotaExceededError'));
      return { ...kv, set: (k, v) => (full ? fail() : kv.set(k, v)), setMany: (e) => (full ? fail() : kv.setMany(e)) };
    };
    configureStore({ prefix: `quota-${++n}`, forceMemory: false, openKv });
    const p = await putRecord('person', father(newId(), 'before'));
    full = true;
    await expect(putRecord('person', { ...p, name: 'after' })).rejects.toMatchObject({ name: 'StorageFullError', i18nKey: 'records:errors.storageFull' });
    await expect(mergeRecords('person', [father(newId())])).rejects.toMatchObject({ name: 'StorageFullError' });
    expect((await getRecord('person', p.id))?.name).toBe('before');
    expect(await listRecords('person')).toHaveLength(1);
    full = false;
    configureStore({ prefix: `quota-${n}`, openKv: openForage });
    expect((await getRecord('person', p.id))?.name).toBe('before');
  });
});
