import type { ActionHandler } from '../../../adapter';
import { done, notVerified } from '../../../run-step';
import { PANIC_SETTINGS } from '../../../../shared/model/settings';
import { isLocked, isRowSelf, isSuspended, rosterList, rowOf, sharerOf } from '../page';
import { LABELS, S } from '../selectors';
import { dialogButton, waitDialog } from './rows';
import { openSecurityMenu, readSettings, securityMenuItem } from './security-menu';
import { confirmed, practiceStep } from './step';

/**
 * Zoom's all-in-one containment: Security → "Suspend participant activities" → confirm. It is
 * verified from always-visible signs only (banner, lock indicator, stage), so it costs just the
 * page's own delays: the menu is never re-opened to check.
 */
export const suspend: ActionHandler<'suspend'> = (_request, signal) =>
  practiceStep(async () => {
    const menu = await openSecurityMenu(document, signal);
    const before = readSettings(menu);
    securityMenuItem(menu, LABELS.suspendItem).click();
    const dialog = await waitDialog(document, S.suspendDialog, null, signal);
    dialogButton(dialog, LABELS.suspendConfirm).click();
    const contained = await confirmed(
      () => isSuspended(document) && isLocked(document) && !participantSharing(),
      'suspended banner, lock and empty stage',
      signal,
    );
    const after = { ...PANIC_SETTINGS };
    return contained
      ? done('participant activities suspended', { before, after })
      : notVerified('the page does not show the suspension', { before });
  });

/** A share on the stage by anyone but the host themself. */
function participantSharing(): boolean {
  const sharer = sharerOf(document);
  if (sharer === null) return false;
  const list = rosterList(document);
  const row = list ? rowOf(list, sharer) : null;
  return !(row && isRowSelf(row));
}
