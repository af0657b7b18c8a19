import { onLocalChange, type LocalChange } from '../records/store.ts';

/**
 * Starts the sync loop after the first screen, but only on a device paired with a center: a family's
 * phone never touches the network for it. Local writes that happen while sync is still loading are
 * held here and handed to the outbox, so none is missed.
 */
export async function start(): Promise<void> {
  const early: LocalChange[] = [];
  const stopEarly = onLocalChange((c) => early.push(c));
  try {
    const { openForage } = await import('../records/kv.ts');
    const paired = (await (await openForage('appa-sync-state')).get('pairing')) !== null;
    if (!paired) return;
    const { startSync } = await import('./service.ts');
    await startSync(() => {
      stopEarly();
      return early.splice(0);
    });
  } finally {
    stopEarly();
  }
}
