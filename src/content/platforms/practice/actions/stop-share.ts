import type { ActionHandler } from '../../../adapter';
import { done, notVerified } from '../../../kit/run-step';
import { sharerOf } from '../page';
import { LABELS } from '../selectors';
import { chooseRowItem, findRow } from './rows';
import { confirmed, adapterStep } from '../../../kit/step';

/** Row More → "Stop share"; verified when the stage no longer shows that participant's screen. */
export const stopShare: ActionHandler<'stop-share'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const { participantId } = request;
    if (sharerOf(doc) !== participantId) return done('was not sharing');
    const row = await findRow(doc, participantId, signal);
    await chooseRowItem(doc, row, participantId, LABELS.stopShare, signal);
    const stopped = await confirmed(() => sharerOf(doc) !== participantId, 'share gone from the stage', signal);
    return stopped ? done('share stopped') : notVerified('the stage still shows their screen');
  });
