import type { CommandOutcome } from '../../shared/protocol/messages';
import { newRecord, recordSteps, type StepContext } from './record-step';

/**
 * Switches Shield mode for one meeting. Logged like any action (who switched it, when), so the
 * moderation log shows when automatic actions were allowed.
 */
export async function runShieldToggle(context: StepContext, on: boolean): Promise<CommandOutcome> {
  const at = Date.now();
  const record = newRecord(context, on ? 'shield:on' : 'shield:off', {
    ok: true,
    ms: 0,
    code: 'done',
    detail: on ? 'Shield on: Hostguard contains attacks on its own' : 'Shield off',
  });
  await recordSteps(context.tabId, [record], (session) => {
    session.shield = { on, changedAt: at };
  });
  return { ok: true, steps: [record] };
}
