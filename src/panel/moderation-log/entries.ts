import type { ResultCode } from '../../shared/model/action';
import type { Alert, AlertKind, TextCategory } from '../../shared/model/alert';
import type { ActionOrigin, ActionRecord, MeetingSession } from '../../shared/model/session';
import { describeRecord, resultText, stepFailed } from '../labels';
import { actorLabel, isTextCategory, reasonLabel } from './log-labels';

export type EntryState = 'ok' | 'failed' | 'waiting';

/**
 * One moderation step as the Santa Clara Principles ask a log to tell it: when, who acted, what
 * was done, to whom, why, and how it ended. Ids and codes are for machines; `label`s are the
 * host's language. `target.name` is the raw, attacker-controlled name: render it via DisplayName.
 */
export interface LogEntry {
  id: string;
  at: number;
  actor: { origin: ActionOrigin; rule?: AlertKind; label: string };
  action: { hostAction: string; step: string; label: string };
  target?: { id: string; name: string };
  /** `rule` is absent for a host decision; `category` only for hostile text. */
  reason: { rule?: AlertKind; alertId?: string; category?: TextCategory; label: string };
  result: { state: EntryState; code: ResultCode; detail: string; ms: number; label: string };
  reversed: boolean;
  /** The record that undid this step. */
  reversedBy?: string;
  /** On an undo's own entry: the step it reversed. */
  reverses?: string;
}

const stateOf = (record: ActionRecord): EntryState =>
  stepFailed(record) ? 'failed' : record.result.ok ? 'ok' : 'waiting';

function targetOf(record: ActionRecord, session: MeetingSession, alert: Alert | undefined): LogEntry['target'] {
  const id = record.participantId;
  if (id === undefined) return undefined;
  // A departed participant may have been dropped from the roster; the alert kept their name.
  const name = session.participants[id]?.name ?? (alert?.participantId === id ? alert.name : undefined) ?? '';
  return { id, name };
}

function reasonOf(record: ActionRecord, alert: Alert | undefined): LogEntry['reason'] {
  const trigger = record.trigger;
  if (!trigger) return { label: reasonLabel(undefined) };
  // The alert may have aged out of the capped list; its kind is still on the record.
  const category = alert?.values?.category;
  const textCategory = isTextCategory(category) ? category : undefined;
  return {
    rule: trigger.alertKind,
    alertId: trigger.alertId,
    ...(textCategory ? { category: textCategory } : {}),
    label: reasonLabel(trigger.alertKind, textCategory),
  };
}

export function toEntry(record: ActionRecord, session: MeetingSession, alerts: ReadonlyMap<string, Alert>): LogEntry {
  const alert = record.trigger ? alerts.get(record.trigger.alertId) : undefined;
  const rule = record.origin === 'rule' ? record.trigger?.alertKind : undefined;
  const target = targetOf(record, session, alert);
  const { code, detail, ms } = record.result;
  return {
    id: record.id,
    at: record.at,
    actor: { origin: record.origin, ...(rule ? { rule } : {}), label: actorLabel(record.origin, rule) },
    action: {
      hostAction: record.hostAction,
      step: record.step,
      label: describeRecord(record, session.platform).title,
    },
    ...(target ? { target } : {}),
    reason: reasonOf(record, alert),
    result: { state: stateOf(record), code, detail, ms: Math.round(ms), label: resultText(code) },
    reversed: record.undoneBy !== undefined,
    ...(record.undoneBy !== undefined ? { reversedBy: record.undoneBy } : {}),
    ...(record.reverses !== undefined ? { reverses: record.reverses } : {}),
  };
}

/** The session's moderation log, oldest first, in the host's language. */
export function buildEntries(session: MeetingSession): LogEntry[] {
  const alerts = new Map(session.alerts.map((alert) => [alert.id, alert]));
  return session.actions.map((record) => toEntry(record, session, alerts));
}
