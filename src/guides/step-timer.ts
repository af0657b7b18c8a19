/**
 * The presenter's per-step timer: counts down the step's planned minutes, can be paused and extended
 * by a minute, and keeps counting past zero (shown as overtime) rather than stopping the class.
 * Pure: time comes in as milliseconds from any clock, so tests need no fake timers.
 */
export interface StepTimer {
  /** Planned length including extensions, ms. */
  budgetMs: number;
  /** Time run before the current start, ms. */
  elapsedBeforeMs: number;
  /** When the current run started, or null while paused. */
  runningSince: number | null;
}

export const EXTEND_MS = 60_000;

export function createTimer(minutes: number, now: number, running = true): StepTimer {
  return { budgetMs: Math.round(minutes * 60_000), elapsedBeforeMs: 0, runningSince: running ? now : null };
}

export function elapsed(t: StepTimer, now: number): number {
  return t.elapsedBeforeMs + (t.runningSince === null ? 0 : Math.max(0, now - t.runningSince));
}

/** Milliseconds left; negative once the step runs over. */
export function remaining(t: StepTimer, now: number): number {
  return t.budgetMs - elapsed(t, now);
}

export function isRunning(t: StepTimer): boolean {
  return t.runningSince !== null;
}

export function pause(t: StepTimer, now: number): StepTimer {
  return t.runningSince === null ? t : { ...t, elapsedBeforeMs: elapsed(t, now), runningSince: null };
}

export function resume(t: StepTimer, now: number): StepTimer {
  return t.runningSince !== null ? t : { ...t, runningSince: now };
}

export function toggle(t: StepTimer, now: number): StepTimer {
  return isRunning(t) ? pause(t, now) : resume(t, now);
}

export function extend(t: StepTimer, ms = EXTEND_MS): StepTimer {
  return { ...t, budgetMs: t.budgetMs + ms };
}

/** "12:05", or "+1:30" once over time; whole seconds, rounded so the display never shows -0:00. */
export function formatClock(ms: number): string {
  const over = ms < 0;
  const s = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return over && s > 0 ? `+${text}` : text;
}
