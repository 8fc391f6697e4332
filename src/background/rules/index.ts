import type { Alert } from '../../shared/model/alert';
import type { MeetingEvent } from '../../shared/model/meeting-event';
import type { MeetingSession } from '../../shared/model/session';
import type { Rule } from './rule';
import { chatFloodRule } from './chat-flood-rule';
import { healthRule } from './health-rule';
import { joinBurstRule } from './join-burst-rule';
import { rejoinRule } from './rejoin-rule';
import { joinedRule, leftRule, renamedRule } from './roster-rules';
import { shareRule } from './share-rule';

/** Every rule, in the order their alerts appear for one event. */
export const RULES: readonly Rule[] = [
  joinedRule,
  rejoinRule,
  joinBurstRule,
  leftRule,
  renamedRule,
  shareRule,
  chatFloodRule,
  healthRule,
] as Rule[];

/** Alerts `event` raises, judged against the session as it was before the event. */
export function alertsFor(session: MeetingSession, event: MeetingEvent, newId: () => string): Alert[] {
  const alerts: Alert[] = [];
  for (const rule of RULES) {
    if (!(rule.on as readonly string[]).includes(event.kind)) continue;
    for (const draft of rule.evaluate({ session, event })) alerts.push({ ...draft, id: newId(), at: event.at });
  }
  return alerts;
}
