import type { HostCommand } from '../../shared/actions';
import { failed } from '../../shared/model/action';
import type { ActionOrigin } from '../../shared/model/session';
import type { CommandOutcome } from '../../shared/protocol/messages';
import { getSession, setFocus } from '../session/session-store';
import { newRecord, recordSteps, type StepContext } from './record-step';
import { applySettings, liveIntruderShares, pick, stopShares } from './containment';
import { runPanic } from './panic';
import { runRestore } from './restore';
import { runEject, runReport } from './participant-commands';
import { runStep } from './run-step';
import { enqueueCommand } from './command-queue';
import { runUndo } from './undo';
import { runSweep } from './sweep';
import { runShieldToggle } from './shield-toggle';

/**
 * Runs a host command (from the panel, a shortcut, or a Shield rule with the alert that fired
 * it) against one meeting tab, in its queue.
 */
export function executeCommand(
  tabId: number,
  command: HostCommand,
  origin: ActionOrigin,
  trigger?: StepContext['trigger'],
): Promise<CommandOutcome> {
  const run = () => runCommand(tabId, command, origin, trigger);
  // Switching Shield touches no page control: it never waits behind a running panic.
  return command.kind === 'shield' ? run() : enqueueCommand(tabId, command, run);
}

async function runCommand(
  tabId: number,
  command: HostCommand,
  origin: ActionOrigin,
  trigger?: StepContext['trigger'],
): Promise<CommandOutcome> {
  const context: StepContext = { tabId, hostAction: command.kind, origin, ...(trigger ? { trigger } : {}) };
  const session = await getSession(tabId);
  if (!session) {
    const record = newRecord(context, command.kind, failed('no-meeting', 'no meeting is open in this tab'));
    return { ok: false, steps: [record] };
  }
  if (origin !== 'rule') void setFocus(tabId);
  switch (command.kind) {
    case 'panic':
      return runPanic(context, session);
    case 'restore':
      return runRestore(context, session);
    case 'stop-shares':
      return runStopShares(context, liveIntruderShares(session));
    case 'lock': {
      if (!session.changeable.includes('locked')) return unsupportedHere(context, 'set-settings', 'lock');
      const { records } = await applySettings(context, { locked: true });
      return { ok: records.every((r) => r.result.ok), steps: records };
    }
    case 'stop-share': {
      const step = await runStep(context, 'stop-share', { id: 'stop-share', participantId: command.participantId });
      return { ok: step.result.ok, steps: [step] };
    }
    case 'eject':
      return runEject(context, command);
    case 'report':
      return runReport(context, session, command);
    case 'set-settings': {
      const changes = pick(
        command.changes,
        session.changeable.filter((key) => command.changes[key] !== undefined),
      );
      if (Object.keys(changes).length === 0) return unsupportedHere(context, 'set-settings', 'such a setting');
      const { records } = await applySettings(context, changes);
      return { ok: records.every((r) => r.result.ok), steps: records };
    }
    case 'shield':
      return runShieldToggle(context, command.on);
    case 'undo':
      return runUndo(context, session, command.actionId);
    case 'sweep':
      return runSweep(context, session, command.participantIds, command.blockRejoin);
  }
}

/** Stopping shares when nobody shares still answers the host, so a keypress never looks ignored. */
async function runStopShares(context: StepContext, sharers: string[]): Promise<CommandOutcome> {
  if (sharers.length === 0) {
    const record = newRecord(context, 'stop-share', {
      ok: true,
      ms: 0,
      code: 'done',
      detail: 'no participant is sharing',
    });
    await recordSteps(context.tabId, [record]);
    return { ok: true, steps: [record] };
  }
  const steps = await stopShares(context, sharers);
  return { ok: steps.every((s) => s.result.ok), steps };
}

/** A host action this platform has no control for: recorded, so the panel shows the manual path. */
async function unsupportedHere(context: StepContext, step: string, what: string): Promise<CommandOutcome> {
  const record = newRecord(
    context,
    step,
    failed('unsupported', `this platform has no ${what} control Hostguard can use`),
  );
  await recordSteps(context.tabId, [record]);
  return { ok: false, steps: [record] };
}
