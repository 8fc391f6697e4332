import type { ActionHandler } from '../../../adapter';
import { findControl } from '../../../dom/query';
import { done, notVerified } from '../../../run-step';
import { rosterList, rowOf } from '../page';
import { LABELS, S } from '../selectors';
import { chooseRowItem, dialogButton, findRow, waitDialog } from './rows';
import { confirmed, practiceStep, required } from './step';

/** Row More → Remove → tick "Don't allow to rejoin" as asked → Remove; verified when the row is gone. */
export const remove: ActionHandler<'remove'> = (request, signal) =>
  practiceStep(async () => {
    const { participantId, blockRejoin } = request;
    const row = await findRow(document, participantId, signal);
    await chooseRowItem(document, row, participantId, LABELS.removeItem, signal);
    const dialog = await waitDialog(document, S.removeDialog, participantId, signal);
    const box = required(findControl<HTMLInputElement>(S.blockRejoin, dialog), `"Don't allow to rejoin" checkbox`);
    if (box.checked !== blockRejoin) box.click();
    if (box.checked !== blockRejoin) return notVerified(`could not set "Don't allow to rejoin" to ${blockRejoin}`);
    dialogButton(dialog, LABELS.removeConfirm).click();
    const gone = await confirmed(
      () => {
        const list = rosterList(document);
        return list !== null && rowOf(list, participantId) === null;
      },
      'row gone from the roster',
      signal,
    );
    if (!gone) return notVerified('the participant is still in the roster');
    return done(blockRejoin ? 'removed; rejoining blocked' : 'removed');
  });
