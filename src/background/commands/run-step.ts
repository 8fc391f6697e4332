import type { ActionRequest } from '../../shared/model/action';
import { failed } from '../../shared/model/action';
import type { ActionRecord } from '../../shared/model/session';
import { getSession } from '../session/session-store';
import { actInMeeting } from '../meeting-link';
import { newRecord, recordSteps, type StepContext } from './record-step';

/** Performs one adapter step in the meeting tab, logs it in the session, and returns the record. */
export async function runStep(context: StepContext, step: string, request: ActionRequest): Promise<ActionRecord> {
  const session = await getSession(context.tabId);
  const participantId = 'participantId' in request ? request.participantId : undefined;
  const result = !session
    ? failed('no-meeting', 'no meeting is open in this tab')
    : !session.capabilities.includes(request.id)
      ? failed('unsupported', `${session.platform} has no "${request.id}" control`)
      : await actInMeeting(session, request);
  const record = newRecord(context, step, result, participantId);
  await recordSteps(context.tabId, [record]);
  return record;
}
