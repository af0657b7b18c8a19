import { makeRecord } from '../shared/records/make.ts';
import { makeFamilyCode } from '../shared/records/family-code.ts';
import type { AgeBand, CohortRecord, ConsentRecord, EntityName, FamilyRecord, PersonRecord } from '../shared/records/schema.ts';
import { deleteRecord, listRecords, putRecord } from './store.ts';

/** The consent text version the registration form shows; bump it when the wording changes. */
export const CONSENT_VERSION = '2026-01';

export interface Registration {
  fatherName: string;
  partnerName: string;
  children: Array<{ nickname: string; ageBand: AgeBand }>;
  scopes: ConsentRecord['scopes'];
}

export interface FamilyView {
  family: FamilyRecord;
  persons: PersonRecord[];
  consent: ConsentRecord | null;
}

export async function familiesOf(cohortId: string): Promise<FamilyView[]> {
  const [families, persons, consents] = await Promise.all([listRecords('family'), listRecords('person'), listRecords('consent')]);
  return families
    .filter((f) => f.cohortId === cohortId && !f.mergedInto)
    .map((family) => ({
      family,
      persons: persons.filter((p) => p.familyId === family.id).sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]),
      consent: consents.filter((c) => c.familyId === family.id && !c.withdrawnAt).pop() ?? null,
    }));
}

const ROLE_ORDER: Record<PersonRecord['role'], number> = { father: 0, partner: 1, child: 2 };

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, '').toLowerCase();

/** Families in the cohort that already have this father and one of these children (by name, no phone). */
export function findDuplicates(views: FamilyView[], fatherName: string, nicknames: string[]): FamilyView[] {
  const dad = norm(fatherName);
  const kids = new Set(nicknames.map(norm).filter(Boolean));
  if (!dad) return [];
  return views.filter((v) => v.persons.some((p) => p.role === 'father' && norm(p.name) === dad) && v.persons.some((p) => p.role === 'child' && kids.has(norm(p.nickname))));
}

/** Groups of families in a cohort that look like the same family registered twice. */
export function duplicateGroups(views: FamilyView[]): FamilyView[][] {
  const groups = new Map<string, FamilyView[]>();
  for (const v of views) {
    const dad = v.persons.find((p) => p.role === 'father');
    if (!dad) continue;
    for (const c of v.persons.filter((p) => p.role === 'child')) {
      const k = `${norm(dad.name)}|${norm(c.nickname)}`;
      const g = groups.get(k) ?? [];
      if (!g.includes(v)) g.push(v);
      groups.set(k, g);
    }
  }
  const seen = new Set<string>();
  const out: FamilyView[][] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const key = g.map((v) => v.family.id).sort().join();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(g);
  }
  return out;
}

/** Registers a family; it goes on the waitlist when the cohort is full. */
export async function registerFamily(cohort: CohortRecord, district: string, reg: Registration): Promise<FamilyRecord> {
  const all = await listRecords('family', { includeDeleted: true });
  const enrolled = all.filter((f) => f.cohortId === cohort.id && f.status === 'enrolled' && !f.deletedAt && !f.mergedInto).length;
  const code = makeFamilyCode(district, new Set(all.map((f) => f.code)));
  const family = await putRecord('family', makeRecord('family', { code, cohortId: cohort.id, status: enrolled >= cohort.capacity ? 'waitlist' : 'enrolled', mergedInto: null, note: '' }, cohort.centerId));
  const person = (role: PersonRecord['role'], name: string, nickname: string, ageBand: AgeBand | null): Promise<PersonRecord> =>
    putRecord('person', makeRecord('person', { familyId: family.id, role, name, nickname, ageBand }, cohort.centerId));
  await person('father', reg.fatherName.trim(), '', null);
  if (reg.partnerName.trim()) await person('partner', reg.partnerName.trim(), '', null);
  for (const c of reg.children) if (c.nickname.trim()) await person('child', '', c.nickname.trim(), c.ageBand);
  await putRecord('consent', makeRecord('consent', { familyId: family.id, version: CONSENT_VERSION, givenAt: new Date().toISOString(), scopes: reg.scopes, withdrawnAt: null }, cohort.centerId));
  return family;
}

/**
 * Merges a duplicate into the family kept: matching persons (same role and name/nickname) become one,
 * their attendance and surveys move to the kept person, the rest move over; the duplicate family is
 * marked merged and deleted. A person × session attended twice keeps the better status once.
 */
export async function mergeFamilies(keep: FamilyView, dup: FamilyView): Promise<void> {
  const same = (a: PersonRecord, b: PersonRecord): boolean => a.role === b.role && norm(a.name) === norm(b.name) && norm(a.nickname) === norm(b.nickname);
  const [attendance, surveys] = await Promise.all([listRecords('attendance'), listRecords('survey')]);
  for (const p of dup.persons) {
    const target = keep.persons.find((k) => same(k, p));
    if (!target) {
      await putRecord('person', { ...p, familyId: keep.family.id });
      for (const a of attendance.filter((x) => x.personId === p.id)) await putRecord('attendance', { ...a, familyId: keep.family.id });
      continue;
    }
    for (const a of attendance.filter((x) => x.personId === p.id)) {
      const clash = attendance.find((x) => x.personId === target.id && x.sessionId === a.sessionId);
      if (clash) await deleteRecord('attendance', a.id);
      else await putRecord('attendance', { ...a, personId: target.id, familyId: keep.family.id });
    }
    for (const s of surveys.filter((x) => x.personId === p.id)) await putRecord('survey', { ...s, personId: target.id, familyId: keep.family.id });
    await deleteRecord('person', p.id);
  }
  if (dup.consent && !keep.consent) await putRecord('consent', { ...dup.consent, familyId: keep.family.id });
  await putRecord('family', { ...dup.family, mergedInto: keep.family.id });
  await deleteRecord('family', dup.family.id);
}

/** Deletes everything about a family for real: tombstones with names and notes blanked (sync passes them on). */
export async function deleteFamilyData(familyId: string): Promise<number> {
  let n = 0;
  const persons = (await listRecords('person')).filter((p) => p.familyId === familyId);
  const personIds = new Set(persons.map((p) => p.id));
  const byFamily: EntityName[] = ['attendance', 'survey', 'activity', 'consent'];
  for (const e of byFamily) {
    for (const r of await listRecords(e)) {
      const rec = r as { id: string; familyId?: string | null; personId?: string | null };
      if (rec.familyId === familyId || (rec.personId && personIds.has(rec.personId))) {
        await deleteRecord(e, rec.id);
        n++;
      }
    }
  }
  for (const p of persons) {
    await deleteRecord('person', p.id);
    n++;
  }
  await deleteRecord('family', familyId);
  return n + 1;
}

/** Moves the oldest waitlisted family in when a place is free. */
export async function enrollFromWaitlist(cohort: CohortRecord, family: FamilyRecord): Promise<boolean> {
  const enrolled = (await listRecords('family')).filter((f) => f.cohortId === cohort.id && f.status === 'enrolled' && !f.mergedInto).length;
  if (enrolled >= cohort.capacity) return false;
  await putRecord('family', { ...family, status: 'enrolled' });
  return true;
}
