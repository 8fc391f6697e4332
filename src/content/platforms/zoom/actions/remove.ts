import type { ActionHandler } from '../../../adapter';
import { done, notVerified } from '../../../kit/run-step';
import { adapterStep, confirmed } from '../../../kit/step';
import { identityFor } from '../identity';
import { L } from '../labels';
import { rosterList } from '../page';
import { resolveRows } from '../roster-source';
import { chooseRowItem, findRow, openDialogs, waitNewDialog } from './rows';

/**
 * Row "More options" → Remove → confirm Remove (build 7.2.0 row menu, meeting-dom.md §1.2;
 * university guides for the confirm). The confirm's "Report to Zoom" box is left unticked: a
 * report goes through the report action. Zoom keeps removed participants out by default
 * ("Allow removed participants to rejoin" off, KB0066980); the dialog offers no per-removal
 * choice, so `blockRejoin: false` cannot be honoured here and is said so. Verified when no
 * rendered row is theirs any more.
 */
export const remove: ActionHandler<'remove'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const { participantId } = request;
    const row = await findRow(doc, participantId, signal);
    const before = openDialogs(doc);
    await chooseRowItem(doc, row, L.rowMenu.remove, '"Remove" in the More options menu', signal);
    const { dialog, button } = await waitNewDialog(doc, before, L.removeConfirm, 'the Remove confirmation', signal);
    for (const box of dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) if (box.checked) box.click();
    button.click();
    const gone = await confirmed(() => !shows(doc, participantId), 'their row gone from the roster', signal);
    if (!gone) return notVerified('the participant is still in the roster');
    return done(
      request.blockRejoin
        ? 'removed; Zoom keeps removed participants out by default'
        : 'removed; Zoom keeps removed participants out by default (no per-removal choice)',
    );
  });

function shows(doc: Document, participantId: string): boolean {
  const list = rosterList(doc);
  if (!list) return true; // the panel closed: nothing to confirm the removal from

  const identity = identityFor(doc);
  return resolveRows(doc, list).some((row) => identity.idOf(row) === participantId);
}
