import type { ActionHandler } from '../../../adapter';
import { done, notVerified } from '../../../kit/run-step';
import { adapterStep, confirmed, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { isOn } from '../page';
import { rowLabel } from '../row-reader';
import { L } from '../selectors';
import { blockOption, confirmButton, findRemoveConfirm } from './remove-confirm';
import { chooseRowItem, findRow, rowGone } from './row-menu';

/**
 * People → row "More actions" → "Remove from the call" → the confirmation (tick "Block" when
 * asked) → Remove. Some rows drop with no confirmation (file #57758765896), so either the
 * confirmation or the row's disappearance ends the wait. Verified when the row is gone.
 */
export const remove: ActionHandler<'remove'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const { participantId, blockRejoin } = request;
    const row = await findRow(doc, participantId, signal);
    const name = rowLabel(row);
    await chooseRowItem(doc, row, L.removeFromCall, '"Remove from the call" in the row menu', signal);
    const next = await waitFor(
      () => findRemoveConfirm(doc) ?? (rowGone(doc, participantId) ? 'gone' : null),
      'the remove confirmation',
      { signal },
    );
    let blocked = false;
    if (next !== 'gone') {
      const block = blockOption(next);
      if (blockRejoin && block && !isOn(block)) block.click();
      blocked = block !== null && isOn(block);
      if (blockRejoin && block && !blocked) return notVerified('the Block option did not take');
      required(confirmButton(next), 'Remove button of the confirmation').click();
    }
    const gone = await confirmed(() => rowGone(doc, participantId), 'row gone from the People list', signal);
    if (!gone) return notVerified(`${name} is still in the People list`);
    if (blockRejoin && !blocked) return done('removed; this Meet build offered no Block option, so they can rejoin');
    return done(blocked ? 'removed and blocked from rejoining this meeting' : 'removed');
  });
