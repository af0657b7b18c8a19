import { makeRecord } from '../shared/records/make.ts';
import type { CenterRecord, ProgramRecord } from '../shared/records/schema.ts';
import { DEFAULT_MIN_GROUP, DEFAULT_THRESHOLD } from '../shared/records/reports.ts';
import { listRecords, putRecord } from './store.ts';

/** This device's center (a device serves one center; the first one set up). */
export async function currentCenter(): Promise<CenterRecord | null> {
  return (await listRecords('center'))[0] ?? null;
}

/**
 * Sets up a district center with the two Seoul father programs it most likely runs, so a facilitator
 * can register families straight away; both stay editable and more can be added.
 */
export async function setUpCenter(name: string, district: string, threshold = DEFAULT_THRESHOLD, year = new Date().getFullYear()): Promise<CenterRecord> {
  const center = await putRecord('center', makeRecord('center', { name, district, completionThreshold: threshold, minGroupSize: DEFAULT_MIN_GROUP }, null));
  const programs: Array<Omit<ProgramRecord, 'id' | 'centerId' | 'createdAt' | 'updatedAt' | 'deletedAt'>> = [
    { kind: 'appa-master', name: '아빠육아달인', year, area: 'father-role', method: 'culture-experience', unit: 'family', delivery: 'in-person' },
    { kind: 'aja', name: '아자(아빠-자녀)프로젝트', year, area: 'family-relations', method: 'culture-experience', unit: 'family', delivery: 'in-person' },
  ];
  for (const p of programs) await putRecord('program', makeRecord('program', p, center.id));
  return center;
}
