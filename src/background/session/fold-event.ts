import type { MeetingEvent } from '../../shared/model/meeting-event';
import type { MeetingSession } from '../../shared/model/session';
import { alertsFor } from '../rules';
import type { RulePolicy } from '../rules/rule';
import { markParticipants } from '../rules/marks';
import { extendBurst } from '../rules/join-burst-rule';
import { appendAlerts } from './append-alerts';
import { applyEvent } from './apply-event';

/**
 * One adapter event into a session draft: the rules judge it against the state before it, it
 * is applied, then its alerts mark the participants concerned and a join during a raid joins
 * that raid's alert.
 */
export function foldEvent(draft: MeetingSession, event: MeetingEvent, policy: RulePolicy, newId: () => string): void {
  const alerts = alertsFor(draft, event, policy, newId);
  draft.alerts = appendAlerts(draft.alerts, alerts);
  applyEvent(draft, event);
  markParticipants(draft, alerts);
  if (event.kind === 'joined') {
    extendBurst(draft, event.participant.id, event.at, policy.detection.joinBurst.windowSeconds * 1000);
  }
}
