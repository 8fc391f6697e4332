import type { DestinationKind } from '../../shared/model/outbox';
import { blockedKeys, isQuotaError, updateRecords } from './outbox-db';
import { outboxDeps } from './outbox-deps';
import type { OutboxRecord } from './outbox-record';
import { applyOutcome, markSending, revive, type DeliveryOutcome } from './outcome';
import { noteStatusUnsaved, scheduleSummary } from './summary';

/**
 * The drain's writes, each one strict transaction followed by a summary mirror. A full disk
 * (QuotaExceededError) keeps the old record, never drops it, and says so in the summary.
 */
async function commit(keys: readonly string[], change: (record: OutboxRecord) => OutboxRecord | undefined) {
  try {
    const written = await updateRecords(keys, change);
    noteStatusUnsaved(keys, false);
    return written;
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    noteStatusUnsaved(keys, true);
    return undefined;
  } finally {
    void scheduleSummary();
  }
}

const withDestination = (
  record: OutboxRecord,
  kind: DestinationKind,
  change: (s: NonNullable<OutboxRecord['destinations'][DestinationKind]>) => typeof s,
) => {
  const state = record.destinations[kind];
  return state ? { ...record, destinations: { ...record.destinations, [kind]: change(state) } } : undefined;
};

/** Marks the destination `sending` before any request: a worker that dies now leaves a lease. */
export function markSendingFor(kind: DestinationKind, keys: readonly string[]): Promise<OutboxRecord[] | undefined> {
  const now = outboxDeps().now();
  return commit(keys, (record) => withDestination(record, kind, (state) => markSending(state, now)));
}

/** Applies each report's outcome; a delivered destination is never downgraded by a late answer. */
export function commitOutcomes(kind: DestinationKind, outcomes: ReadonlyMap<string, DeliveryOutcome>) {
  const { now, random } = outboxDeps();
  const at = now();
  return commit([...outcomes.keys()], (record) => {
    const outcome = outcomes.get(record.key)!;
    return withDestination(record, kind, (state) =>
      state.state === 'delivered' ? state : applyOutcome(state, outcome, at, random),
    );
  });
}

/** Makes every destination of these reports due now (manual retry: the backoff starts over). */
export function reviveRecords(keys: readonly string[], fresh: boolean, only?: (tag: string) => boolean) {
  const now = outboxDeps().now();
  return commit(keys, (record) => {
    const destinations = { ...record.destinations };
    for (const kind of Object.keys(destinations) as DestinationKind[]) {
      const state = destinations[kind]!;
      if (!only || (state.blockedBy && only(`${state.blockedBy}:${kind}`)))
        destinations[kind] = revive(state, now, fresh);
    }
    return { ...record, destinations };
  });
}

/** Reports waiting for settings or a permission, tried again now that either changed. */
export async function reviveBlocked(tags: readonly string[]): Promise<number> {
  const keys = [...new Set((await Promise.all(tags.map(blockedKeys))).flat())];
  if (keys.length === 0) return 0;
  const wanted = new Set(tags);
  await reviveRecords(keys, false, (tag) => wanted.has(tag));
  return keys.length;
}
