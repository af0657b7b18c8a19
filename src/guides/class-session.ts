import { prefs, updatePrefs } from '../app/prefs.ts';
import type { StepTimer } from './step-timer.ts';
import { GUIDE_AGE_BANDS, type GuideAgeBand } from '../shared/guides/schema.ts';

/**
 * What a running class remembers in this tab while the whole class opens a game or a sheet: where to
 * come back to, each step's timer (they keep running in wall-clock time) and the sound setting the
 * device had before class mode turned music off.
 */
const RETURN = 'appa.class.return';
const TIMERS = 'appa.class.timers.';
const SOUND = 'appa.class.soundBefore';

export interface ClassReturn {
  guideId: string;
  /** 1-based step, or null for the guide page. */
  step: number | null;
  path: string;
}

function read<T>(key: string): T | null {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? 'null') as T | null;
  } catch {
    return null;
  }
}

function write(key: string, v: unknown): void {
  try {
    if (v === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(v));
  } catch {
    /* storage blocked: the class simply does not resume after a reload */
  }
}

export function rememberClassReturn(guideId: string, step: number | null): void {
  const path = step === null ? `/class/${guideId}` : `/class/${guideId}/present?step=${step}`;
  write(RETURN, { guideId, step, path } satisfies ClassReturn);
}

export function classReturn(): ClassReturn | null {
  const r = read<ClassReturn>(RETURN);
  return r && typeof r.path === 'string' && r.path.startsWith('/class/') ? r : null;
}

export function clearClassReturn(): void {
  write(RETURN, null);
}

export function readTimers(guideId: string): Record<number, StepTimer> {
  return read<Record<number, StepTimer>>(TIMERS + guideId) ?? {};
}

export function writeTimers(guideId: string, timers: Record<number, StepTimer>): void {
  write(TIMERS + guideId, timers);
}

export function clearTimers(guideId: string): void {
  write(TIMERS + guideId, null);
}

/** Music is off by default in class: a room of tablets playing at once drowns the facilitator. */
export function enterClassSound(): void {
  if (read<boolean>(SOUND) !== null) return;
  write(SOUND, prefs().sound);
  if (prefs().sound) updatePrefs({ sound: false });
}

/** Back to the device's own setting when the facilitator leaves presenter mode. */
export function leaveClassSound(): void {
  const before = read<boolean>(SOUND);
  if (before === null) return;
  write(SOUND, null);
  if (prefs().sound !== before) updatePrefs({ sound: before });
}

const BAND = 'appa.class.band.';

/** The age band this class is (set on the guide page); null = a mixed group, every variant shows. */
export function classBand(guideId: string): GuideAgeBand | null {
  const v = read<string>(BAND + guideId);
  return (GUIDE_AGE_BANDS as readonly string[]).includes(v ?? '') ? (v as GuideAgeBand) : null;
}

export function setClassBand(guideId: string, band: GuideAgeBand | null): void {
  write(BAND + guideId, band);
}
