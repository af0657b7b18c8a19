/** Jittered exponential backoff (engineering notes §A5): 2 s doubling to 5 min, each wait between half and all of its step. */
export const BACKOFF_MIN_MS = 2_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

export function backoffDelay(failures: number, rand: () => number = Math.random): number {
  const step = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + (rand() * step) / 2);
}

export interface Scheduler {
  /** Runs a pass now (or right after the running one). */
  now(): void;
  /** Runs a pass after `ms` unless one is due sooner. */
  soon(ms: number): void;
  /** Failures since the last success (what the next wait is based on). */
  readonly failures: number;
  stop(): void;
}

/**
 * Runs `pass` one at a time: a success resets the backoff, a transient failure waits for the next
 * backoff step, a permanent one (`'stop'`) waits for an explicit `now()`. Triggers during a pass are
 * folded into one follow-up pass.
 */
export function schedule(pass: () => Promise<'ok' | 'retry' | 'stop'>, opts: { rand?: () => number; setTimer?: typeof setTimeout; clearTimer?: typeof clearTimeout } = {}): Scheduler {
  const setTimer = opts.setTimer ?? setTimeout;
  const clearTimer = opts.clearTimer ?? clearTimeout;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = Infinity;
  let running = false;
  let again = false;
  let stopped = false;
  let failures = 0;

  const arm = (ms: number): void => {
    if (stopped) return;
    const at = Date.now() + ms;
    if (timer !== undefined && at >= dueAt) return;
    if (timer !== undefined) clearTimer(timer);
    dueAt = at;
    timer = setTimer(() => {
      timer = undefined;
      dueAt = Infinity;
      void run();
    }, ms);
  };

  async function run(): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    let result: 'ok' | 'retry' | 'stop' = 'retry';
    try {
      result = await pass();
    } catch {
      result = 'retry';
    }
    running = false;
    if (result === 'ok') failures = 0;
    else if (result === 'retry') {
      failures++;
      arm(backoffDelay(failures, opts.rand));
    }
    if (again) {
      again = false;
      if (result !== 'retry') void run();
    }
  }

  return {
    now: () => {
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      dueAt = Infinity;
      void run();
    },
    soon: (ms) => arm(ms),
    get failures() {
      return failures;
    },
    stop: () => {
      stopped = true;
      if (timer !== undefined) clearTimer(timer);
    },
  };
}
