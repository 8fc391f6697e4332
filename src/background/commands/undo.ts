import type { HostCommand } from '../../shared/actions';
import { failed } from '../../shared/model/action';
import type { MeetingSession } from '../../shared/model/session';
import type { CommandOutcome } from '../../shared/protocol/messages';
import { updateSession } from '../session/session-store';
import { newRecord, recordSteps, type StepContext } from './record-step';
import { applySettings } from './containment';

/**
 * Reverses one logged step with the command its record carries (settings Shield or the host
 * changed). The reversal is itself verified and logged, linked both ways, so the moderation log
 * counts reversals and the panel hides the button once used.
 */
export async function runUndo(
  context: StepContext,
  session: MeetingSession,
  actionId: string,
): Promise<CommandOutcome> {
  const target = session.actions.find((record) => record.id === actionId);
  const problem = !target
    ? 'that step is no longer in the log'
    : target.undoneBy
      ? 'that step was already undone'
      : !target.undo
        ? 'that step cannot be undone'
        : undefined;
  if (problem || !target?.undo) {
    const record = newRecord(context, 'undo', failed('target-missing', problem ?? 'nothing to undo'));
    await recordSteps(context.tabId, [record]);
    return { ok: false, steps: [record] };
  }
  const steps = await reverse({ ...context, reverses: actionId }, target.undo);
  const main = steps[0];
  if (main?.result.ok) await linkUndo(context.tabId, actionId, main.id);
  return { ok: steps.every((s) => s.result.ok), steps };
}

async function reverse(context: StepContext, undo: HostCommand) {
  if (undo.kind !== 'set-settings') {
    const record = newRecord(context, 'undo', failed('unsupported', `cannot undo ${undo.kind}`));
    await recordSteps(context.tabId, [record]);
    return [record];
  }
  const { records } = await applySettings(context, undo.changes);
  return records;
}

/** The undo's own record loses its undo: undoing an undo is Restore's or the page menu's job. */
async function linkUndo(tabId: number, actionId: string, undoneBy: string): Promise<void> {
  await updateSession(tabId, (session) => {
    if (!session) return undefined;
    const actions = session.actions.map((record) =>
      record.id === actionId ? { ...record, undoneBy } : record.id === undoneBy ? stripUndo(record) : record,
    );
    return { ...session, actions, updatedAt: Date.now() };
  });
}

function stripUndo<T extends { undo?: unknown }>(record: T): T {
  const { undo: _dropped, ...rest } = record;
  return rest as T;
}
