import type { HostCommand } from '../../shared/actions';
import { failed } from '../../shared/model/action';
import type { ActionOrigin } from '../../shared/model/session';
import type { CommandOutcome } from '../../shared/protocol/messages';
import { getSession, setFocus } from '../session/session-store';
import { newRecord, recordSteps, type StepContext } from './record-step';
import { applySettings, liveIntruderShares, stopShares } from './containment';
import { runPanic } from './panic';
import { runRestore } from './restore';
import { runEject, runReport } from './participant-commands';
import { runStep } from './run-step';
import { enqueueCommand } from './command-queue';

/** Runs a host command (from the panel, a shortcut, or later a rule) against one meeting tab, in its queue. */
export function executeCommand(tabId: number, command: HostCommand, origin: ActionOrigin): Promise<CommandOutcome> {
  return enqueueCommand(tabId, command, () => runCommand(tabId, command, origin));
}

async function runCommand(tabId: number, command: HostCommand, origin: ActionOrigin): Promise<CommandOutcome> {
  const context = { tabId, hostAction: command.kind, origin };
  const session = await getSession(tabId);
  if (!session) {
    const record = newRecord(context, command.kind, failed('no-meeting', 'no meeting is open in this tab'));
    return { ok: false, steps: [record] };
  }
  void setFocus(tabId);
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
