import type { ActionHandler } from '../../../adapter';
import { done, notVerified } from '../../../kit/run-step';
import { adapterStep, bail, confirmed } from '../../../kit/step';
import { isSharing } from '../page';
import { LABELS, ROW_HOOKS } from '../selectors';
import { findRow, menuItem, openParticipantMenu, waitConfirm } from './pane';

/**
 * Stops one participant's share, by the path Jitsi offers for that row
 * (participants-pane/functions.ts getQuickActionButtonType, ParticipantContextMenu.tsx):
 * - the row's quick action "Stop screen sharing" (`mute-desktop-<id>`) when their mic and
 *   camera are off: it acts at once;
 * - otherwise the participant menu's "Stop screen sharing" (`.mutedesktoplink`), then the
 *   "Disable screen-share of this participant?" dialog's OK.
 * Verified when their screenshare tile is gone from the page.
 */
export const stopShare: ActionHandler<'stop-share'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const { participantId } = request;
    if (!isSharing(doc, participantId)) return done('was not sharing');
    const row = await findRow(doc, participantId, signal);
    const quick = row.querySelector<HTMLElement>(ROW_HOOKS.quickStopDesktop(participantId));
    if (quick) quick.click();
    else {
      const menu = await openParticipantMenu(doc, row, participantId, signal);
      const item = menuItem(menu, ROW_HOOKS.stopDesktopClass, LABELS.stopDesktop);
      if (!item) bail('control-missing', '"Stop screen sharing" is not in the participant menu');
      item.click();
      const { ok } = await waitConfirm(
        doc,
        LABELS.stopDesktopTitle,
        LABELS.stopDesktopConfirm,
        'stop screen sharing dialog',
        signal,
      );
      ok.click();
    }
    const stopped = await confirmed(() => !isSharing(doc, participantId), 'share gone from the page', signal);
    return stopped
      ? done(quick ? 'share stopped (quick action)' : 'share stopped')
      : notVerified('their screen is still shared');
  });
