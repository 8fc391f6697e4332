import type { Alert } from '../../shared/model/alert';
import type { MeetingSession } from '../../shared/model/session';
import { defineRule } from './rule';

/**
 * Many joins in a few seconds: a raid arriving from a leaked link. Raised once per raid, with
 * the joiners; joins that keep coming while it lasts are added to that same alert (see
 * `extendBurst`), so a raid sweep removes the whole raid. Only joins seen happening count:
 * people already present when Hostguard first read the roster did not just arrive.
 */
export const joinBurstRule = defineRule({
  name: 'join-burst',
  on: ['joined'],
  evaluate: ({ session, event, policy }) => {
    const { enabled, joins, windowSeconds } = policy.detection.joinBurst;
    const windowMs = windowSeconds * 1000;
    if (!enabled || ongoingBurst(session, event.at, windowMs)) return [];
    const joiners = recentJoiners(session, event.at - windowMs);
    joiners.push(event.participant.id);
    if (joiners.length < joins) return [];
    return [
      {
        kind: 'join-burst',
        severity: 'critical',
        participantIds: joiners,
        values: { count: joiners.length, seconds: windowSeconds },
      },
    ];
  },
});

/** Ids of the `joined` alerts since `since`, oldest first. */
function recentJoiners(session: MeetingSession, since: number): string[] {
  const ids: string[] = [];
  for (let i = session.alerts.length - 1; i >= 0; i--) {
    const alert = session.alerts[i]!;
    if (alert.at < since) break;
    if (alert.kind === 'joined' && alert.participantId) ids.push(alert.participantId);
  }
  return ids.reverse();
}

/** The burst alert still growing: its last joiner arrived within the window. */
export function ongoingBurst(session: MeetingSession, now: number, windowMs: number): Alert | undefined {
  for (let i = session.alerts.length - 1; i >= 0; i--) {
    const alert = session.alerts[i]!;
    if (alert.kind !== 'join-burst') continue;
    const lastJoin = Number(alert.values?.lastJoinAt ?? alert.at);
    return now - lastJoin <= windowMs ? alert : undefined;
  }
  return undefined;
}

/** Bound on one burst's joiner list; a raid of thousands still sweeps in batches. */
const MAX_BURST_JOINERS = 1000;

/**
 * A join during an ongoing raid joins its alert: replaced by a copy with the new joiner, so the
 * timeline and Shield see one raid, not one alert per window.
 */
export function extendBurst(draft: MeetingSession, participantId: string, at: number, windowMs: number): void {
  const burst = ongoingBurst(draft, at, windowMs);
  if (!burst || burst.at === at || burst.participantIds?.includes(participantId)) return;
  const participantIds = [...(burst.participantIds ?? []), participantId].slice(0, MAX_BURST_JOINERS);
  const index = draft.alerts.lastIndexOf(burst);
  draft.alerts = draft.alerts.slice();
  draft.alerts[index] = {
    ...burst,
    participantIds,
    values: { ...burst.values, count: participantIds.length, lastJoinAt: at },
  };
}
