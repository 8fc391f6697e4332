import { act, type ZoomContext } from './context';
import { openRemoveDialog, openRenameDialog } from './confirm-dialogs';
import type { MenuEntry } from './dropdown';
import { putInWaitingRoom } from './meeting';
import type { ZoomParticipant } from './model';
import { openReportDialog } from './report-dialog';

/*
 * The row "More options" menu, host view, build 7.2.0 (capture §8.4, §15):
 * other: Chat · Stop Video │ Add Pin │ Make Host · Rename │ Allow to Multi-pin │
 *        Put in Waiting Room · Remove · Report
 * self:  Start Video │ Add Pin │ Rename
 * No "Stop Share" item was seen (meeting-dom.md §1.3). Add Pin, Multi-pin and Make Host are
 * rendered but do nothing here: handing the host role away would end the host's own view.
 */
export function openRowMenu(ctx: ZoomContext, opener: HTMLElement, p: ZoomParticipant): void {
  ctx.menus.toggle(opener, {
    style: 'portal',
    className: 'participants-item__more-menu',
    entries: () => rowEntries(ctx, p),
  });
}

function rowEntries(ctx: ZoomContext, p: ZoomParticipant): MenuEntry[] {
  const { t, model } = ctx;
  const noop = () => undefined;
  const video: MenuEntry = p.video
    ? { text: t.stopVideo, onSelect: () => act(ctx, () => ((p.video = false), model.changed('roster'))) }
    : {
        text: p.self ? t.startVideo : t.askToStartVideo,
        onSelect: () => p.self && act(ctx, () => ((p.video = true), model.changed('roster'))),
      };
  const rename: MenuEntry = { text: t.rename, onSelect: () => openRenameDialog(ctx, p) };
  const pin: MenuEntry = { text: t.addPin, onSelect: noop };
  if (p.self) return [video, 'divider', pin, 'divider', rename];
  return [
    { text: t.chat, onSelect: () => !ctx.ui.isOpen('chat') && ctx.ui.toggle('chat') },
    video,
    'divider',
    pin,
    'divider',
    { text: t.makeHost, onSelect: noop },
    rename,
    'divider',
    { text: t.allowMultiPin, onSelect: noop },
    'divider',
    { text: t.putInWaitingRoom, onSelect: () => act(ctx, () => putInWaitingRoom(model, p.id)) },
    { text: t.remove, onSelect: () => openRemoveDialog(ctx, p) },
    { text: t.report, onSelect: () => openReportDialog(ctx, p.id) },
  ];
}
