import type { Alert } from '../../shared/model/alert';
import type { MeetingSession } from '../../shared/model/session';
import { onSessionCommitted } from '../session/post-commit';
import { executeCommand } from '../commands/execute';
import { currentPolicy } from '../policy/policy';
import { planShield } from './plan';
import { newAlerts } from './new-alerts';

/** Switching Shield on mid-raid acts on what happened this recently. */
const CATCH_UP_MS = 120_000;

/**
 * Shield mode: after each committed session change, the new alerts of a meeting whose host
 * switched Shield on become automatic actions, queued with the host's own commands (so they
 * never interleave), each verified and logged with the rule that fired it.
 */
export function startShield(): void {
  onSessionCommitted((next, previous) => {
    if (!next.shield?.on || next.endedAt !== undefined) return;
    const alerts = justSwitchedOn(next, previous) ? recent(next) : newAlerts(next, previous);
    if (alerts.length > 0) void act(next, alerts);
  });
}

function justSwitchedOn(next: MeetingSession, previous: MeetingSession | undefined): boolean {
  return next.shield?.on === true && previous?.shield?.on !== true;
}

function recent(session: MeetingSession): Alert[] {
  const since = Date.now() - CATCH_UP_MS;
  return session.alerts.filter((a) => a.at >= since);
}

async function act(session: MeetingSession, alerts: Alert[]): Promise<void> {
  const { shield } = await currentPolicy();
  for (const step of planShield(session, alerts, shield)) {
    const trigger = { alertId: step.trigger.id, alertKind: step.trigger.kind };
    void executeCommand(session.tabId, step.command, 'rule', trigger);
  }
}
