import { on, type AppEvents } from '../app/events.ts';
import { makeRecord } from '../shared/records/make.ts';
import type { ActivityRecord } from '../shared/records/schema.ts';
import { putRecord } from './store.ts';

type Done = AppEvents['activity-completed'];

/** The activity record an `activity-completed` event becomes. */
export function activityFromEvent(e: Done, now = new Date()): ActivityRecord {
  return makeRecord(
    'activity',
    {
      kind: e.kind,
      refId: e.gameId ?? e.sheetId ?? e.levelId ?? e.kind,
      levelId: e.levelId ?? null,
      ageBand: e.ageBand,
      seconds: Math.max(0, Math.min(86_400, Math.round(e.seconds))),
      where: e.where ?? 'home',
      familyId: null,
      doneAt: now.toISOString(),
    },
    null,
    now,
  );
}

// Records that could not be written yet (storage full or briefly locked) wait here and are retried,
// so a finished game is never lost because the disk was busy.
const waiting: ActivityRecord[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;

async function flush(): Promise<void> {
  timer = null;
  while (waiting.length) {
    try {
      await putRecord('activity', waiting[0] as ActivityRecord);
      waiting.shift();
    } catch (err) {
      console.warn('records: activity not saved yet, will retry', err);
      timer ??= setTimeout(() => void flush(), 30_000);
      return;
    }
  }
}

/** Games, sheets, missions and stamps emit events; this turns each into an Activity record. */
export function start(): void {
  on('activity-completed', (e) => {
    waiting.push(activityFromEvent(e));
    if (waiting.length === 1) void flush();
  });
}
