import type { Ctx } from './context';
import type { MenuItemSpec } from './menu';
import { openDialog } from './dialog';

/*
 * The Participants pane's "More actions" menu (support.microsoft.com "Lock a meeting in Microsoft
 * Teams": "In the Participants pane, select More actions > Lock the meeting > Lock", 2025; and
 * "Manage attendee audio and video permissions": "Disable mic for attendees" / "Allow mic for
 * attendees", same for cameras). Lock and unlock ask first; the mic and camera items act at once.
 */
export function paneMenuItems(ctx: Ctx): MenuItemSpec[] {
  const { t, host, meeting } = ctx;
  const { locked, allowMic, allowCamera } = meeting.settings;
  return [
    {
      label: locked ? t.unlockMeeting : t.lockMeeting,
      onSelect: () =>
        openDialog(ctx, {
          title: locked ? t.unlockTitle : t.lockTitle,
          body: t.lockBody,
          confirm: locked ? t.unlock : t.lock,
          cancel: t.cancel,
          onConfirm: () => ctx.later(() => host.setLocked(!locked)),
        }),
    },
    {
      label: allowMic ? t.disableMic : t.allowMic,
      onSelect: () => ctx.later(() => host.setAllowMic(!allowMic)),
    },
    {
      label: allowCamera ? t.disableCamera : t.allowCamera,
      onSelect: () => ctx.later(() => host.setAllowCamera(!allowCamera)),
    },
  ];
}

/** The pane's "Mute all" button asks before muting everyone but you. */
export function confirmMuteAll(ctx: Ctx): void {
  const { t, host } = ctx;
  openDialog(ctx, {
    title: t.muteAllTitle,
    body: t.muteAllBody,
    confirm: t.mute,
    cancel: t.cancel,
    onConfirm: () => ctx.later(() => host.muteAll()),
  });
}
