import type { ActionHandler } from '../../../adapter';
import { findControl } from '../../../kit/controls';
import { done, notVerified } from '../../../kit/run-step';
import { rosterList, rowOf } from '../page';
import { LABELS, S } from '../selectors';
import { chooseRowItem, dialogButton, findRow, waitDialog } from './rows';
import { confirmed, adapterStep, required } from '../../../kit/step';

/** Row More → Remove → tick "Don't allow to rejoin" as asked → Remove; verified when the row is gone. */
export const remove: ActionHandler<'remove'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const { participantId, blockRejoin } = request;
    const row = await findRow(doc, participantId, signal);
    await chooseRowItem(doc, row, participantId, LABELS.removeItem, signal);
    const dialog = await waitDialog(doc, S.removeDialog, participantId, signal);
    const box = required(findControl<HTMLInputElement>(S.blockRejoin, dialog), `"Don't allow to rejoin" checkbox`);
    if (box.checked !== blockRejoin) box.click();
    if (box.checked !== blockRejoin) return notVerified(`could not set "Don't allow to rejoin" to ${blockRejoin}`);
    dialogButton(dialog, LABELS.removeConfirm).click();
    const gone = await confirmed(
      () => {
        const list = rosterList(doc);
        return list !== null && rowOf(list, participantId) === null;
      },
      'row gone from the roster',
      signal,
    );
    if (!gone) return notVerified('the participant is still in the roster');
    return done(blockRejoin ? 'removed; rejoining blocked' : 'removed');
  });
