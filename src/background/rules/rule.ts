import type { Alert } from '../../shared/model/alert';
import type { MeetingEvent, MeetingEventKind } from '../../shared/model/meeting-event';
import type { MeetingSession } from '../../shared/model/session';

/** What a rule sees: the session as it was just BEFORE the event, and the event itself. */
export interface RuleContext<K extends MeetingEventKind = MeetingEventKind> {
  session: MeetingSession;
  event: Extract<MeetingEvent, { kind: K }>;
}

export type AlertDraft = Omit<Alert, 'id' | 'at'>;

/**
 * A detection rule: pure, no I/O. Rules only describe; acting on them (Shield mode) will be a
 * separate, host-enabled step so a false positive never ejects anyone on its own.
 */
export interface Rule<K extends MeetingEventKind = MeetingEventKind> {
  name: string;
  on: readonly K[];
  evaluate(context: RuleContext<K>): AlertDraft[];
}

export function defineRule<K extends MeetingEventKind>(rule: Rule<K>): Rule<K> {
  return rule;
}

/** The newest alert of `kind` (optionally about one participant) within `windowMs` of `now`. */
export function recentAlert(
  session: MeetingSession,
  kind: Alert['kind'],
  now: number,
  windowMs: number,
  participantId?: string,
): Alert | undefined {
  for (let i = session.alerts.length - 1; i >= 0; i--) {
    const alert = session.alerts[i]!;
    if (now - alert.at > windowMs) return undefined;
    if (alert.kind === kind && (participantId === undefined || alert.participantId === participantId)) return alert;
  }
  return undefined;
}
