import type { ActionHandler } from '../../../adapter';
import { done, notVerified } from '../../../run-step';
import { sharerOf } from '../page';
import { LABELS } from '../selectors';
import { chooseRowItem, findRow } from './rows';
import { confirmed, practiceStep } from './step';

/** Row More → "Stop share"; verified when the stage no longer shows that participant's screen. */
export const stopShare: ActionHandler<'stop-share'> = (request, signal) =>
  practiceStep(async () => {
    const { participantId } = request;
    if (sharerOf(document) !== participantId) return done('was not sharing');
    const row = await findRow(document, participantId, signal);
    await chooseRowItem(document, row, participantId, LABELS.stopShare, signal);
    const stopped = await confirmed(() => sharerOf(document) !== participantId, 'share gone from the stage', signal);
    return stopped ? done('share stopped') : notVerified('the stage still shows their screen');
  });
