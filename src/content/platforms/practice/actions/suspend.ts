import type { ActionHandler } from '../../../adapter';
import { done, notVerified } from '../../../kit/run-step';
import { adapterStep, confirmed } from '../../../kit/step';
import { isLocked, isRowSelf, isSuspended, rosterList, rowOf, sharerOf } from '../page';
import { LABELS, S } from '../selectors';
import { dialogButton, waitDialog } from './rows';
import { closeSecurityMenu, openSecurityMenu, readSettings, securityMenuItem } from './security-menu';

/**
 * Zoom's all-in-one containment: Security → "Suspend participant activities" → confirm. It waits
 * for the always-visible signs (banner, lock indicator, empty stage), then opens the Security
 * menu once more and reads every setting back: `after` is what the page shows, never a constant.
 */
export const suspend: ActionHandler<'suspend'> = (_request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const menu = await openSecurityMenu(doc, signal);
    const before = readSettings(menu);
    securityMenuItem(menu, LABELS.suspendItem).click();
    const dialog = await waitDialog(doc, S.suspendDialog, null, signal);
    dialogButton(dialog, LABELS.suspendConfirm).click();
    const contained = await confirmed(
      () => isSuspended(doc) && isLocked(doc) && !participantSharing(doc),
      'suspended banner, lock and empty stage',
      signal,
    );
    if (!contained) return notVerified('the page does not show the suspension', { before });
    const after = readSettings(await openSecurityMenu(doc, signal));
    await closeSecurityMenu(doc, signal);
    return done('participant activities suspended', { before, after });
  });

/** A share on the stage by anyone but the host themself. */
function participantSharing(doc: Document): boolean {
  const sharer = sharerOf(doc);
  if (sharer === null) return false;
  const list = rosterList(doc);
  const row = list ? rowOf(list, sharer) : null;
  return !(row && isRowSelf(row));
}
