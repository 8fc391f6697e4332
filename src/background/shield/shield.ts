import type { HostCommand } from '../../shared/actions';
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

/**
 * Commands Shield queued and that have not finished, per meeting: a raid arrives in many
 * batches, and each would plan the same lock before the first one shows on the page.
 */
const inFlight = new Map<number, Set<string>>();

async function act(session: MeetingSession, alerts: Alert[]): Promise<void> {
  const { shield } = await currentPolicy();
  const pending = inFlight.get(session.tabId) ?? new Set<string>();
  inFlight.set(session.tabId, pending);
  for (const step of planShield(session, alerts, shield)) {
    const command = withoutPending(step.command, pending);
    if (!command) continue;
    const keys = keysOf(command);
    keys.forEach((key) => pending.add(key));
    const trigger = { alertId: step.trigger.id, alertKind: step.trigger.kind };
    void executeCommand(session.tabId, command, 'rule', trigger).finally(() => keys.forEach((k) => pending.delete(k)));
  }
}

/** A setting per key (lock and share-disable may come from two alerts); other commands whole. */
function keysOf(command: HostCommand): string[] {
  if (command.kind !== 'set-settings') return [JSON.stringify(command)];
  return Object.keys(command.changes).map((key) => `setting:${key}`);
}

function withoutPending(command: HostCommand, pending: ReadonlySet<string>): HostCommand | undefined {
  if (command.kind !== 'set-settings') return pending.has(JSON.stringify(command)) ? undefined : command;
  const changes = Object.fromEntries(
    Object.entries(command.changes).filter(([key]) => !pending.has(`setting:${key}`)),
  ) as typeof command.changes;
  return Object.keys(changes).length === 0 ? undefined : { kind: 'set-settings', changes };
}
