import { isModerator } from '../../shared/model/participant';
import type { ActionRecord, MeetingSession } from '../../shared/model/session';
import type { CommandOutcome } from '../../shared/protocol/messages';
import { failed } from '../../shared/model/action';
import { markRemoved } from '../session/session-store';
import { currentPolicy } from '../policy/policy';
import { isExpected } from '../rules/expected-attendees';
import { newRecord, recordSteps, type StepContext } from './record-step';
import { runStep } from './run-step';

/**
 * Raid sweep: removes the participants the host confirmed, one verified step each. Whatever the
 * panel sent, moderators, the host's own row, expected attendees and people already gone are
 * never removed: the list is re-checked here against the session.
 */
export async function runSweep(
  context: StepContext,
  session: MeetingSession,
  participantIds: readonly string[],
  blockRejoin: boolean,
): Promise<CommandOutcome> {
  const { rules } = await currentPolicy();
  const targets = [...new Set(participantIds)].filter((id) => {
    const who = session.participants[id];
    return (
      who &&
      who.present &&
      !who.self &&
      !isModerator(who) &&
      (rules.expected.size === 0 || !isExpected(who.name, rules.expected))
    );
  });
  if (targets.length === 0) {
    const record = newRecord(context, 'remove', failed('target-missing', 'nobody on the list can be removed'));
    await recordSteps(context.tabId, [record]);
    return { ok: false, steps: [record] };
  }
  const steps: ActionRecord[] = [];
  for (const participantId of targets) {
    const record = await runStep(context, 'remove', { id: 'remove', participantId, blockRejoin });
    if (record.result.ok) await markRemoved(context.tabId, participantId, record.at);
    steps.push(record);
  }
  return { ok: steps.every((s) => s.result.ok), steps };
}
