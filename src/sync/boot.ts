import { dropUnheardLocalChanges } from '../records/store.ts';

/**
 * Starts the sync loop after the first screen, but only on a device paired with a center: a family's
 * phone never touches the network for it. Local writes made before the outbox listens are held by
 * the records store and handed to it in order when it subscribes; an unpaired device lets them go.
 */
export async function start(): Promise<void> {
  let paired = false;
  try {
    const { openForage } = await import('../records/kv.ts');
    paired = (await (await openForage('appa-sync-state')).get('pairing')) !== null;
  } finally {
    if (!paired) dropUnheardLocalChanges();
  }
  if (!paired) return;
  const { startSync } = await import('./service.ts');
  await startSync();
}
