import {
  DESTINATION_KINDS,
  type DeliveryState,
  type DestinationKind,
  type OutboxReasonCode,
} from '../../shared/model/outbox';
import type { WireReport } from '../../shared/report-wire/schema';
import { OUTBOX } from './outbox-config';

/** One destination's delivery of one report. */
export interface DestinationState {
  state: DeliveryState;
  /** Send attempts started (marked `sending`). */
  attempts: number;
  /** Consecutive transient failures: the backoff exponent; a manual retry resets it. */
  failures: number;
  nextAttemptAt?: number;
  sendingSince?: number;
  deliveredAt?: number;
  reason?: string;
  reasonCode?: OutboxReasonCode;
  /** What it waits for before it can be tried again: the host's settings, or a granted permission. */
  blockedBy?: 'config' | 'permission';
  receiverId?: string;
  /** Evidence the receiver acknowledged (PUT 2xx), so a retry does not upload it again. */
  uploaded?: string[];
}

/** One report in the outbox (IndexedDB store `reports`, keyPath `key`). */
export interface OutboxRecord {
  /** = report.idempotencyKey, made once at capture and sent unchanged on every retry. */
  key: string;
  report: WireReport;
  meetingTitle: string;
  enqueuedAt: number;
  destinations: Partial<Record<DestinationKind, DestinationState>>;
  /** Index `dueAt`: when the drain must look at this record next; absent when nothing is pending. */
  dueAt?: number;
  /** Index `blockedOn` (multiEntry): `config:endpoint`, `permission:webhook`… */
  blockedOn: string[];
}

export const destinationsOf = (record: OutboxRecord): [DestinationKind, DestinationState][] =>
  DESTINATION_KINDS.flatMap((kind) => {
    const state = record.destinations[kind];
    return state ? [[kind, state] as [DestinationKind, DestinationState]] : [];
  });

/** A `sending` destination is due once its lease ran out: the worker that held it died. */
export function dueTimeOf(state: DestinationState): number | undefined {
  if (state.state === 'sending') return (state.sendingSince ?? 0) + OUTBOX.sendingLeaseMs;
  if (state.state === 'queued' && !state.blockedBy) return state.nextAttemptAt ?? 0;
  return undefined;
}

export function isDueFor(record: OutboxRecord, kind: DestinationKind, now: number): boolean {
  const state = record.destinations[kind];
  const due = state && dueTimeOf(state);
  return due !== undefined && due <= now;
}

/** Recomputes the indexed fields; every write goes through here. */
export function withIndexes(record: OutboxRecord): OutboxRecord {
  const entries = destinationsOf(record);
  const dues = entries.map(([, state]) => dueTimeOf(state)).filter((t): t is number => t !== undefined);
  const next: OutboxRecord = {
    ...record,
    blockedOn: entries.flatMap(([kind, state]) => (state.blockedBy ? [`${state.blockedBy}:${kind}`] : [])),
  };
  // An absent key keeps the record out of the index; `undefined` would not be a valid key.
  if (dues.length > 0) next.dueAt = Math.min(...dues);
  else delete next.dueAt;
  return next;
}

export const isSettled = (record: OutboxRecord): boolean =>
  destinationsOf(record).every(([, state]) => state.state === 'delivered');
