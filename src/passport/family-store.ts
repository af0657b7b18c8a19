import localforage from 'localforage';
import { emptyState, normalize, type FamilyState } from './family-model.ts';

/** The family side's own database ('appa-family'); other features never write here, nor we there. */
const db = localforage.createInstance({ name: 'appa-family', storeName: 'family' });
const KEY = 'state';

/** Thrown when the device refuses to store (quota, private mode); the screen says so and keeps the input. */
export class FamilyStorageError extends Error {
  constructor(cause: unknown) {
    super('family storage refused the write', { cause });
    this.name = 'FamilyStorageError';
  }
}

let cached: FamilyState | null = null;
// Writes run one after another, so a fast second tap never overwrites the first with older state.
let queue: Promise<unknown> = Promise.resolve();

export async function loadFamily(): Promise<FamilyState> {
  if (cached) return cached;
  try {
    cached = normalize(await db.getItem(KEY));
  } catch {
    cached = emptyState();
  }
  return cached;
}

export function saveFamily(next: FamilyState): Promise<void> {
  const run = queue.then(async () => {
    try {
      await db.setItem(KEY, next);
      cached = next;
    } catch (e) {
      throw new FamilyStorageError(e);
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Asks the browser not to evict the family's stamps and drawings under storage pressure. */
export function askPersistence(): void {
  void navigator.storage?.persist?.().catch(() => false);
}

/** "Delete our data" (우리의 여정): removes missions, stamps and drawings from this device for good. */
export function clearFamily(): Promise<void> {
  const run = queue.then(async () => {
    try {
      await db.removeItem(KEY);
      cached = null;
    } catch (e) {
      throw new FamilyStorageError(e);
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Test hook and "start over": forget the in-memory copy so the next load reads the device. */
export function resetFamilyCache(): void {
  cached = null;
}
