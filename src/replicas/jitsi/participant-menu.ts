/*
 * The participant context menu raised from a pane row's ellipsis
 * (video-menu/components/web/ParticipantContextMenu.tsx, as seen by a moderator from the pane):
 * first group: Ask to unmute, Mute everyone else, Stop video, Stop everyone else's video,
 * Stop screen sharing (`.mutedesktoplink`, only while sharing and when the row's quick action is
 * not already "Stop screen sharing"), Stop screen-sharing for everyone else; second group:
 * Grant Moderator Rights, Kick out (`#ejectlink_<id>.kicklink`), Send private message.
 * Choosing an item lowers the menu (ContextMenu onClick = onSelect).
 */
import type { Ctx } from './context';
import { openDialog } from './dialog';
import { h, tss } from './dom';
import { kickDialog, massMuteDialog, stopDesktopDialog } from './host-dialogs';
import { muteRemote } from './host-ops';
import type { Person } from './model';
import { menuItem } from './overflow-menu';
import { quickActionOf } from './pane-row';

export function participantMenuItems(ctx: Ctx, person: Person): HTMLElement[] {
  const { doc, model, s } = ctx;
  const quick = quickActionOf(person);
  const pick = (work: () => void) => () => {
    ctx.setUi({ menuFor: null });
    work();
  };
  const first: HTMLElement[] = [];
  if (person.audioMuted && quick !== 'askUnmute') {
    first.push(
      menuItem(
        ctx,
        s.askUnmute,
        s.askUnmute,
        pick(() => undefined),
        { 'data-testid': `unmute-audio-${person.id}` },
      ),
    );
  }
  if (!person.audioMuted && quick !== 'mute') {
    first.push(
      menuItem(
        ctx,
        s.muteButton,
        s.muteButton,
        pick(() => ctx.act(() => muteRemote(model, person.id, 'audio'))),
        { class: `${tss('contextMenuItem')} mutelink` },
      ),
    );
  }
  first.push(
    menuItem(
      ctx,
      s.muteOthersLabel,
      s.muteOthers,
      pick(() => massMuteDialog(ctx, 'audio', person.id)),
    ),
  );
  if (!person.videoMuted && quick !== 'stopVideo') {
    first.push(
      menuItem(
        ctx,
        s.stopVideo,
        s.stopVideo,
        pick(() => ctx.act(() => muteRemote(model, person.id, 'video'))),
        { class: `${tss('contextMenuItem')} mutevideolink` },
      ),
    );
  }
  first.push(
    menuItem(
      ctx,
      s.muteOthersVideoLabel,
      s.muteOthersVideo,
      pick(() => massMuteDialog(ctx, 'video', person.id)),
    ),
  );
  if (person.sharing && quick !== 'stopDesktop') {
    first.push(
      menuItem(
        ctx,
        s.stopDesktop,
        s.stopDesktop,
        pick(() => stopDesktopDialog(ctx, person.id)),
        { class: `${tss('contextMenuItem')} mutedesktoplink` },
      ),
    );
  }
  first.push(
    menuItem(
      ctx,
      s.muteOthersDesktopLabel,
      s.muteOthersDesktop,
      pick(() => massMuteDialog(ctx, 'desktop', person.id)),
    ),
  );

  const second: HTMLElement[] = [];
  if (!person.moderator) {
    second.push(
      menuItem(
        ctx,
        s.grantModeratorLabel,
        s.grantModerator,
        pick(() => grantDialog(ctx, person)),
        { class: `${tss('contextMenuItem')} grantmoderatorlink` },
      ),
    );
  }
  second.push(
    menuItem(
      ctx,
      s.kick,
      s.kick,
      pick(() => kickDialog(ctx, person.id)),
      { class: `${tss('contextMenuItem')} kicklink`, id: `ejectlink_${person.id}` },
    ),
  );
  second.push(
    menuItem(
      ctx,
      s.privateMessage,
      s.privateMessage,
      pick(() => undefined),
    ),
  );
  const group = (items: HTMLElement[]) => h(doc, 'div', { class: tss('contextMenuItemGroup') }, ...items);
  return [group(first), group(second)];
}

function grantDialog(ctx: Ctx, person: Person): void {
  openDialog(ctx, {
    title: ctx.s.grantTitle,
    body: [h(ctx.doc, 'div', {}, ctx.s.grantBody(person.name))],
    ok: ctx.s.yes,
    onSubmit: () => ctx.act(() => ctx.model.update(person.id, { moderator: true })),
  });
}
