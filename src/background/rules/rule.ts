import type { Alert } from '../../shared/model/alert';
import type { DetectionSettings } from '../../shared/model/detection-settings';
import type { MeetingEvent, MeetingEventKind } from '../../shared/model/meeting-event';
import type { MeetingSession } from '../../shared/model/session';
import type { TextMatcher } from './text/matcher';

/** The host's detection policy as rules need it: settings plus the matcher built from their word lists. */
export interface RulePolicy {
  detection: DetectionSettings;
  text: TextMatcher;
  /** Skeletons of the expected-attendee list (see expected-attendees.ts); empty = no list. */
  expected: ReadonlySet<string>;
}

/** What a rule sees: the session as it was just BEFORE the event, the event, and the policy. */
export interface RuleContext<K extends MeetingEventKind = MeetingEventKind> {
  session: MeetingSession;
  event: Extract<MeetingEvent, { kind: K }>;
  policy: RulePolicy;
}

export type AlertDraft = Omit<Alert, 'id' | 'at'>;

/**
 * A detection rule: pure, no I/O. Rules only describe; acting on them is Shield mode's job
 * (src/background/shield), which only runs when the host switched it on for the meeting.
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
