import { makeRecord } from '../shared/records/make.ts';
import type { AttendanceRecord, AttendanceStatus, PersonRecord, SessionRecord } from '../shared/records/schema.ts';
import { listRecords, putRecord } from './store.ts';

/** The current status of each person in a session (the latest edit of their row). */
export async function sessionAttendance(sessionId: string): Promise<Map<string, AttendanceRecord>> {
  const out = new Map<string, AttendanceRecord>();
  for (const a of await listRecords('attendance')) {
    if (a.sessionId !== sessionId) continue;
    const prev = out.get(a.personId);
    if (!prev || a.updatedAt > prev.updatedAt) out.set(a.personId, a);
  }
  return out;
}

/** One tap: writes (or rewrites) the person's row for the session. One row per person × session. */
export async function markAttendance(session: SessionRecord, person: PersonRecord, status: AttendanceStatus, existing: AttendanceRecord | undefined): Promise<AttendanceRecord> {
  if (existing) return putRecord('attendance', { ...existing, status });
  return putRecord('attendance', makeRecord('attendance', { sessionId: session.id, personId: person.id, familyId: person.familyId, status }, session.centerId));
}

/** Today's session of a cohort for a guide, made when the facilitator opens attendance from the guide. */
export async function todaysSession(cohortId: string, centerId: string | null, guideId: string | null, date: string): Promise<SessionRecord> {
  const found = (await listRecords('session')).find((s) => s.cohortId === cohortId && s.date === date && (guideId === null || s.guideId === guideId));
  if (found) return found;
  return putRecord('session', makeRecord('session', { cohortId, date, guideId, facilitator: '', note: '' }, centerId));
}
