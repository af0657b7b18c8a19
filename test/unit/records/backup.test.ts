import { beforeEach, describe, expect, it } from 'vitest';
import { BackupError, collectRecords, exportBackup, importBackup, makeBackup, readBackup, safetyStatus } from '../../../src/records/backup.ts';
import { configureStore, deleteRecord, listRecords, putRecord, setMeta, wipeAll } from '../../../src/records/store.ts';
import { makeRecord } from '../../../src/shared/records/make.ts';
import { newId } from '../../../src/shared/records/ids.ts';
import { toCsv } from '../../../src/shared/records/csv.ts';
import { reportTable, REPORT_HEADERS } from '../../../src/shared/records/report-table.ts';
import { computeFigures, groupFigures, shareable } from '../../../src/shared/records/reports.ts';
import { fixture } from './fixture.ts';

let n = 0;
async function seedFamily(): Promise<{ familyId: string; dadId: string }> {
  const fam = await putRecord('family', makeRecord('family', { code: 'GN-7K3P', cohortId: null, status: 'enrolled', mergedInto: null, note: '' }, null));
  const dad = await putRecord('person', makeRecord('person', { familyId: fam.id, role: 'father', name: '김아빠', nickname: '', ageBand: null }, null));
  await putRecord('person', makeRecord('person', { familyId: fam.id, role: 'child', name: '', nickname: '콩이', ageBand: '3-5' }, null));
  return { familyId: fam.id, dadId: dad.id };
}

describe('backup files', () => {
  beforeEach(() => configureStore({ prefix: `backup-${++n}` }));

  it('round-trips: export → wipe → import gives back the same records, twice without duplicates', async () => {
    const { dadId } = await seedFamily();
    const gone = await putRecord('person', makeRecord('person', { familyId: newId(), role: 'partner', name: '지울 사람', nickname: '', ageBand: null }, null));
    await deleteRecord('person', gone.id);
    const before = await collectRecords();
    const { text, count } = await exportBackup();
    expect(count).toBe(4);
    await wipeAll();
    expect(await listRecords('person')).toEqual([]);
    expect(await importBackup(text)).toEqual({ written: 4, total: 4 });
    expect(await collectRecords()).toEqual(before);
    expect(await importBackup(text)).toEqual({ written: 0, total: 4 });
    expect((await listRecords('person')).find((p) => p.id === dadId)?.name).toBe('김아빠');
    expect((await listRecords('person', { includeDeleted: true })).find((p) => p.id === gone.id)?.name).toBe('');
  });

  it('encrypts with a passphrase; a wrong passphrase or a changed byte is refused', async () => {
    await seedFamily();
    const { text } = await exportBackup('바다 고래 123');
    expect(text).not.toContain('김아빠');
    await expect(readBackup(text)).rejects.toMatchObject({ problem: 'needs-passphrase' });
    await expect(readBackup(text, 'wrong')).rejects.toMatchObject({ problem: 'wrong-passphrase' });
    const file = JSON.parse(text);
    const data: string = file.data;
    file.data = data.slice(0, 10) + (data[10] === 'A' ? 'B' : 'A') + data.slice(11);
    await expect(readBackup(JSON.stringify(file), '바다 고래 123')).rejects.toBeInstanceOf(BackupError);
    const ok = await readBackup(text, '바다 고래 123');
    expect(ok.records.person.map((p) => (p as unknown as { name: string }).name).sort()).toEqual(['', '김아빠']);
  });

  it('refuses a corrupt, tampered or foreign file and changes nothing', async () => {
    await seedFamily();
    const before = await collectRecords();
    const good = await makeBackup(before);
    const tampered = good.replace('김아빠', '박아빠');
    const badRecord = JSON.parse(good);
    badRecord.records.person[0].role = 'uncle';
    const { sha256Hex } = await import('../../../src/records/backup-crypto.ts');
    const { ENTITY_NAMES } = await import('../../../src/shared/records/schema.ts');
    badRecord.sha256 = await sha256Hex(JSON.stringify(ENTITY_NAMES.map((e) => [e, badRecord.records[e] ?? []])));
    const cases: Array<[string, string]> = [
      [good.slice(0, good.length / 2), 'not-backup'],
      ['{"hello":1}', 'not-backup'],
      [tampered, 'integrity'],
      [JSON.stringify({ ...JSON.parse(good), version: 99 }), 'newer-version'],
      [JSON.stringify(badRecord), 'invalid-record'],
    ];
    for (const [text, problem] of cases) {
      await expect(importBackup(text), problem).rejects.toMatchObject({ problem });
    }
    await expect(importBackup(JSON.stringify(badRecord))).rejects.toMatchObject({ detail: 'person[0].role' });
    expect(await collectRecords()).toEqual(before);
  });

  it('warns when changes have waited more than a week for a backup or sync', async () => {
    await seedFamily();
    const now = Date.now();
    expect((await safetyStatus(now)).stale).toBe(false);
    expect((await safetyStatus(now + 8 * 86_400_000)).stale).toBe(true);
    await setMeta('lastBackupAt', new Date(now + 1000).toISOString());
    expect(await safetyStatus(now + 8 * 86_400_000)).toMatchObject({ stale: false, unsaved: 0 });
  });
});

describe('CSV', () => {
  it('has a BOM, CRLF, Korean headers, proper quoting and no formulas', () => {
    const csv = toCsv([['이름, 별명', 'say "hi"', '=SUM(A1)', 3.5, null, 'line\nbreak']]);
    expect(csv).toBe('\uFEFF"이름, 별명","say ""hi""",\'=SUM(A1),3.5,,"line\nbreak"\r\n');
  });

  it('writes the report figures, with small groups starred', () => {
    const d = fixture();
    const rows = groupFigures(d, 'program').map((g) => ({ label: g.key === d.programs[0]!.id ? '아빠육아달인' : '아자프로젝트', row: shareable(g) }));
    const table = reportTable(computeFigures(d), rows);
    const csv = toCsv(table);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(REPORT_HEADERS.join(','));
    // 전체: 10 persons (5/4/1), 25 rows, 5 families, 5 sessions, 80 %, 9 eligible, 4 completed, 44.4 %,
    // 3 responses, mean 4.13 (4.125 rounded), 0/1/1/2/4, confidence n 4, 21 → 24, +3, d 1.16, missions 4/3/75 %/4.
    expect(lines[1]).toBe('전체,10,5,4,1,25,5,5,80,9,4,44.4,3,4.13,0,1,1,2,4,confidence,4,21,24,3,1.16,4,3,75,4');
    expect(lines[3]).toBe(['아자프로젝트', ...REPORT_HEADERS.slice(1).map(() => '*')].join(','));
  });
});
