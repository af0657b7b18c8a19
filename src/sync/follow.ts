import type { SyncRecord } from '../shared/sync/protocol.ts';
import type { Outbox } from './outbox.ts';

export interface LocalChangeSource {
  onLocalChange(fn: (c: { entity: string; id: string; op: 'put' | 'delete'; record: SyncRecord }) => void): () => void;
}

export interface Follower {
  stop(): void;
  /** Resolves once every change seen so far is in the outbox (a sync pass waits for it). */
  flushed(): Promise<void>;
}

/**
 * Turns each committed local write into an outbox mutation, in the order the writes happened.
 * A failed outbox write is reported, never swallowed: the change would otherwise never reach the center.
 */
export function followLocalChanges(store: LocalChangeSource, outbox: Outbox, onError: (err: unknown) => void, onQueued: () => void = () => undefined): Follower {
  let chain: Promise<void> = Promise.resolve();
  const stop = store.onLocalChange((c) => {
    chain = chain.then(() => outbox.enqueue({ name: c.op, entity: c.entity, record: c.record })).then(onQueued, onError);
  });
  return { stop, flushed: () => chain };
}
