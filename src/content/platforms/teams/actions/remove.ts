import type { ActionHandler } from '../../../adapter';
import { findByLabel } from '../../../kit/controls';
import { done, notVerified } from '../../../kit/run-step';
import { exclusive } from '../enumerate';
import { adapterStep, confirmed } from '../../../kit/step';
import { LABELS } from '../labels';
import { totalCount } from '../page';
import { chooseRowItem, findRow, stillListed } from './roster';

/*
 * Row "More options" → "Remove from meeting" (a FAQ quoted in meeting-dom.md §3.2; no public
 * selector, so Microsoft's wording). No confirmation is documented; one that appears anyway is
 * confirmed with its "Remove" button. Teams cannot keep one person out (removed people can
 * rejoin an unlocked meeting): `blockRejoin` is answered by the detail, the lock does the rest.
 */
export const remove: ActionHandler<'remove'> = (request, signal, doc = document) =>
  adapterStep(doc, () =>
    exclusive(doc, async () => {
      const { participantId, blockRejoin } = request;
      const row = await findRow(doc, participantId, signal);
      const countBefore = totalCount(doc);
      await chooseRowItem(doc, row, LABELS.removeFromMeeting, 'the row menu', signal);
      const left = () => !row.isConnected || (countBefore !== null && (totalCount(doc) ?? countBefore) < countBefore);
      const dialog = () => doc.querySelector<HTMLElement>('[role="dialog"], [role="alertdialog"]');
      const root = doc.documentElement;
      let gone = await confirmed(
        () => left() || dialog() !== null,
        'row gone or a confirmation',
        signal,
        undefined,
        root,
      );
      const confirm = dialog();
      if (!left() && confirm) {
        findByLabel(confirm.querySelectorAll<HTMLElement>('button'), LABELS.removeConfirm)?.click();
        gone = await confirmed(left, 'row gone from the roster', signal, undefined, root);
      }
      if (!gone || (await stillListed(doc, participantId, signal)))
        return notVerified('the participant is still in the roster');
      return done(blockRejoin ? 'removed; Teams cannot block rejoining: lock the meeting to keep them out' : 'removed');
    }),
  );
