import type { HostCommand } from '../../shared/actions';
import type { ActionResult } from '../../shared/model/action';
import type { Alert } from '../../shared/model/alert';
import { SESSION_LIMITS, type ActionOrigin, type ActionRecord, type MeetingSession } from '../../shared/model/session';
import { updateSession } from '../session/session-store';
import { appendAlerts } from '../session/append-alerts';

export interface StepContext {
  tabId: number;
  hostAction: string;
  origin: ActionOrigin;
  /** The alert whose rule made Shield act (origin `rule`). */
  trigger?: ActionRecord['trigger'];
  /** On an undo: the step it reverses. */
  reverses?: string;
}

export function newRecord(
  context: StepContext,
  step: string,
  result: ActionResult,
  participantId?: string,
  undo?: HostCommand,
): ActionRecord {
  return {
    id: crypto.randomUUID(),
    at: Date.now(),
    hostAction: context.hostAction,
    step,
    origin: context.origin,
    ...(participantId === undefined ? {} : { participantId }),
    result,
    // A copy per record: shared references come back as refs through WebDriver BiDi and JSON tools.
    ...(context.trigger ? { trigger: { ...context.trigger } } : {}),
    ...(context.reverses ? { reverses: context.reverses } : {}),
    ...(undo && result.ok ? { undo } : {}),
  };
}

/** Appends step records to the session log (the panel shows it live); failures also raise an alert. */
export async function recordSteps(tabId: number, records: ActionRecord[], extra?: (s: MeetingSession) => void) {
  await updateSession(tabId, (session) => {
    if (!session) return undefined;
    const failures: Alert[] = records
      .filter((record) => !record.result.ok && record.result.code !== 'awaiting-host')
      .map((record) => ({
        id: crypto.randomUUID(),
        at: record.at,
        kind: 'action-failed',
        severity: 'warning',
        ...(record.participantId === undefined ? {} : { participantId: record.participantId }),
        values: { step: record.step, code: record.result.code },
      }));
    const next: MeetingSession = {
      ...session,
      updatedAt: Date.now(),
      actions: [...session.actions, ...records].slice(-SESSION_LIMITS.actions),
      alerts: appendAlerts(session.alerts, failures),
    };
    extra?.(next);
    return next;
  });
}
