import type { HostCommand } from '../../shared/actions';
import type { ActionRequest, ActionResult } from '../../shared/model/action';
import { failed } from '../../shared/model/action';
import type { ActionRecord } from '../../shared/model/session';
import { getSession } from '../session/session-store';
import { actInMeeting } from '../meeting-link';
import { newRecord, recordSteps, type StepContext } from './record-step';

/**
 * Performs one adapter step in the meeting tab, logs it in the session, and returns the record.
 * `undoOf` names the command that puts back what a successful step changed (from its result).
 */
export async function runStep(
  context: StepContext,
  step: string,
  request: ActionRequest,
  undoOf?: (result: ActionResult) => HostCommand | undefined,
): Promise<ActionRecord> {
  const session = await getSession(context.tabId);
  const participantId = 'participantId' in request ? request.participantId : undefined;
  const result = !session
    ? failed('no-meeting', 'no meeting is open in this tab')
    : !session.capabilities.includes(request.id)
      ? failed('unsupported', `${session.platform} has no "${request.id}" control`)
      : await actInMeeting(session, request);
  const record = newRecord(context, step, result, participantId, undoOf?.(result));
  await recordSteps(context.tabId, [record]);
  return record;
}
