import { percentile, type Summary } from '../bench/stats';
import type { EndpointDelivery } from './outbox';
import { checkReceived } from './outbox-received';
import type { RunningReceiver } from './receiver';

/** What the receiver holds against what was filed, read back from its store (R1's figures). */
export interface KillCount {
  /** Reports the outbox acknowledged as committed (fileReport resolved). */
  reports: number;
  /** Distinct reports the receiver stored. */
  stored: number;
  /** Acknowledged reports the receiver does not hold. */
  lost: number;
  /** Stored copies beyond one per report, counted by idempotency key and by the report's own note. */
  duplicates: number;
  /** Stored reports nobody filed. */
  unknown: number;
  /** Reports the outbox sent more than once (a kill cut an attempt short): what dedup had to absorb. */
  resent: number;
  chainsVerified: number;
  evidenceAttached: number;
  /** Attached entries whose bytes the receiver holds under their SHA-256 (recomputed here). */
  evidenceVerified: number;
  /** Filing (report createdAt) → stored (receiver received_at), ms. */
  delivery: Summary;
  /** Filing → the outbox marked it delivered (the answer reached a live worker), ms. */
  acknowledged: Summary;
  problems: string[];
}

const summary = (samples: number[]): Summary => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

/** `filed`: each report's note → its idempotency key; `deliveries`: the outbox's view at the end. */
export async function countReceived(
  receiver: RunningReceiver,
  filed: ReadonlyMap<string, string>,
  deliveries: readonly EndpointDelivery[],
): Promise<KillCount> {
  const received = await checkReceived(receiver);
  const keysFiled = new Set(filed.values());
  const storedKeys = received.reports.map((r) => r.idempotencyKey);
  const distinct = new Set(storedKeys);
  const copiesByNote = new Map<string, number>();
  for (const r of received.reports) copiesByNote.set(r.report.note, (copiesByNote.get(r.report.note) ?? 0) + 1);
  const extraByNote = [...copiesByNote.values()].reduce((sum, copies) => sum + copies - 1, 0);
  const ours = deliveries.filter((d) => keysFiled.has(d.key));
  return {
    reports: filed.size,
    stored: distinct.size,
    lost: [...keysFiled].filter((key) => !distinct.has(key)).length,
    duplicates: storedKeys.length - distinct.size + extraByNote,
    unknown: storedKeys.filter((key) => !keysFiled.has(key)).length,
    resent: ours.filter((d) => d.attempts > 1).length,
    chainsVerified: received.chainsVerified,
    evidenceAttached: received.attached,
    evidenceVerified: received.attachedHeld,
    delivery: summary(
      received.reports.filter((r) => keysFiled.has(r.idempotencyKey)).map((r) => r.receivedAt - r.report.createdAt),
    ),
    acknowledged: summary(ours.flatMap((d) => (d.deliveredAt === undefined ? [] : [d.deliveredAt - d.createdAt]))),
    problems: received.problems,
  };
}
