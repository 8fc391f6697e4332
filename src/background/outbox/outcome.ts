import type { OutboxReasonCode } from '../../shared/model/outbox';
import { retryDelay } from './backoff';
import type { DestinationState } from './outbox-record';
import { describeReason, type ReasonValues } from './reasons';

/** What one delivery attempt came to, for one report at one destination. */
export type DeliveryOutcome =
  | { kind: 'delivered'; receiverId?: string; uploaded?: string[] }
  /** Not retried automatically: the host reads the reason and may retry by hand. */
  | { kind: 'failed'; code: OutboxReasonCode; values?: ReasonValues; uploaded?: string[] }
  | { kind: 'retry'; code: OutboxReasonCode; values?: ReasonValues; retryAfterMs?: number; uploaded?: string[] }
  /** Waits for the host: settings (stays queued) or a permission (shown as failed). */
  | { kind: 'blocked'; by: 'config' | 'permission'; code: OutboxReasonCode; values?: ReasonValues };

export function markSending(state: DestinationState, now: number): DestinationState {
  const { nextAttemptAt: _next, reason: _reason, reasonCode: _code, blockedBy: _blocked, ...rest } = state;
  return { ...rest, state: 'sending', sendingSince: now, attempts: state.attempts + 1 };
}

/** The destination's next state; `now` and `random` come from the caller (pure). */
export function applyOutcome(
  state: DestinationState,
  outcome: DeliveryOutcome,
  now: number,
  random: () => number,
): DestinationState {
  const {
    sendingSince: _since,
    nextAttemptAt: _next,
    reason: _reason,
    reasonCode: _code,
    blockedBy: _blocked,
    ...base
  } = state;
  const uploaded = 'uploaded' in outcome && outcome.uploaded ? { uploaded: outcome.uploaded } : {};
  switch (outcome.kind) {
    case 'delivered': {
      const receiverId = outcome.receiverId ? { receiverId: outcome.receiverId } : {};
      return { ...base, ...uploaded, ...receiverId, state: 'delivered', failures: 0, deliveredAt: now };
    }
    case 'failed':
      return {
        ...base,
        ...uploaded,
        state: 'failed',
        reasonCode: outcome.code,
        reason: describeReason(outcome.code, outcome.values),
      };
    case 'retry': {
      const failures = state.failures + 1;
      const delay = retryDelay(failures - 1, outcome.retryAfterMs, random);
      const reason = describeReason(outcome.code, outcome.values, delay);
      return {
        ...base,
        ...uploaded,
        state: 'queued',
        failures,
        nextAttemptAt: now + delay,
        reasonCode: outcome.code,
        reason,
      };
    }
    case 'blocked':
      return {
        ...base,
        state: outcome.by === 'config' ? 'queued' : 'failed',
        blockedBy: outcome.by,
        reasonCode: outcome.code,
        reason: describeReason(outcome.code, outcome.values),
      };
  }
}

/** Due now again: after a manual retry (`fresh` resets the backoff) or once what it waited for came. */
export function revive(state: DestinationState, now: number, fresh: boolean): DestinationState {
  if (state.state === 'delivered' || state.state === 'sending') return state;
  const { reason: _reason, reasonCode: _code, blockedBy: _blocked, ...base } = state;
  return { ...base, state: 'queued', nextAttemptAt: now, failures: fresh ? 0 : state.failures };
}
