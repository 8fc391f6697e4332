import type { Alert } from '../../shared/model/alert';
import type { MeetingEvent } from '../../shared/model/meeting-event';
import type { MeetingSession } from '../../shared/model/session';
import type { Rule, RulePolicy } from './rule';
import { chatFloodRule } from './chat-flood-rule';
import { healthRule } from './health-rule';
import { joinBurstRule } from './join-burst-rule';
import { rejoinRule } from './rejoin-rule';
import { joinedRule, leftRule, renamedRule } from './roster-rules';
import { shareRule } from './share-rule';
import { hostileChatRule, hostileNameRule } from './hostile-text-rules';
import { impersonationRule } from './impersonation-rule';
import { unexpectedJoinerRule } from './expected-attendee-rule';

/** Every rule, in the order their alerts appear for one event. */
export const RULES: readonly Rule[] = [
  joinedRule,
  rejoinRule,
  hostileNameRule,
  impersonationRule,
  unexpectedJoinerRule,
  joinBurstRule,
  leftRule,
  renamedRule,
  shareRule,
  hostileChatRule,
  chatFloodRule,
  healthRule,
] as Rule[];

/** Alerts `event` raises, judged against the session as it was before the event. */
export function alertsFor(
  session: MeetingSession,
  event: MeetingEvent,
  policy: RulePolicy,
  newId: () => string,
): Alert[] {
  const alerts: Alert[] = [];
  for (const rule of RULES) {
    if (!(rule.on as readonly string[]).includes(event.kind)) continue;
    for (const draft of rule.evaluate({ session, event, policy })) alerts.push({ ...draft, id: newId(), at: event.at });
  }
  return alerts;
}
