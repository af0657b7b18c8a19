import { PLACE_IDS, type PlaceId } from '../shared/guides/schema.ts';

/** Everything the family side keeps on this device. Nothing here is synced: records get events. */
export interface FamilyState {
  version: 1;
  /** The guide (session) the family last attended, whose mission they see. */
  chosenGuide: string | null;
  /** Days (YYYY-MM-DD, device-local) a mission was done, by mission id. */
  missions: Record<string, { guideId: string; days: string[] }>;
  /** One stamp per place the family visited. `drawing` is a PNG data URL kept only here. */
  stamps: Partial<Record<PlaceId, { date: string; drawing: string | null; savedAt: string }>>;
}

export function emptyState(): FamilyState {
  return { version: 1, chosenGuide: null, missions: {}, stamps: {} };
}

export function isPlaceId(v: string): v is PlaceId {
  return (PLACE_IDS as readonly string[]).includes(v);
}

/** The device's local calendar day, so "today" matches the family's own clock and not UTC. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function isDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00`);
  return !Number.isNaN(d.getTime()) && localDay(d) === v;
}

/**
 * Marks a mission done for a day. Once a day at most: a second tap the same day changes nothing
 * (and emits nothing), so a double tap never counts twice in the records.
 */
export function tickMission(s: FamilyState, missionId: string, guideId: string, day: string): { state: FamilyState; added: boolean } {
  const prev = s.missions[missionId];
  if (prev?.days.includes(day)) return { state: s, added: false };
  const days = [...(prev?.days ?? []), day].sort();
  return { state: { ...s, missions: { ...s.missions, [missionId]: { guideId, days } } }, added: true };
}

/**
 * Stamps a place (or updates its date and drawing). `isNew` tells the caller whether this is a new
 * visit for the records; redrawing an existing stamp is not another outing.
 */
export function stampPlace(s: FamilyState, place: PlaceId, date: string, drawing: string | null, now: Date): { state: FamilyState; isNew: boolean } {
  const isNew = !s.stamps[place];
  return { state: { ...s, stamps: { ...s.stamps, [place]: { date, drawing, savedAt: now.toISOString() } } }, isNew };
}

export function stampCount(s: FamilyState): number {
  return PLACE_IDS.filter((p) => s.stamps[p]).length;
}

/** Accepts only what this version wrote; anything damaged falls back to empty parts, never a crash. */
export function normalize(raw: unknown): FamilyState {
  const s = emptyState();
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Partial<FamilyState>;
  if (typeof r.chosenGuide === 'string') s.chosenGuide = r.chosenGuide;
  if (r.missions && typeof r.missions === 'object') {
    for (const [id, m] of Object.entries(r.missions)) {
      if (m && typeof m.guideId === 'string' && Array.isArray(m.days)) s.missions[id] = { guideId: m.guideId, days: m.days.filter((d): d is string => typeof d === 'string' && isDay(d)) };
    }
  }
  if (r.stamps && typeof r.stamps === 'object') {
    for (const [id, st] of Object.entries(r.stamps)) {
      if (isPlaceId(id) && st && typeof st.date === 'string' && isDay(st.date)) s.stamps[id] = { date: st.date, drawing: typeof st.drawing === 'string' && st.drawing.startsWith('data:image/') ? st.drawing : null, savedAt: typeof st.savedAt === 'string' ? st.savedAt : '' };
    }
  }
  return s;
}
