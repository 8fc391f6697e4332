/*
 * The host's confirm dialogs (react/features/video-menu/components/web/*Dialog.tsx):
 * KickRemoteParticipantDialog, MuteRemoteParticipantsDesktopDialog, and the three "everyone"
 * dialogs (MuteEveryoneDialog, MuteEveryonesVideoDialog, MuteEveryonesDesktopDialog), which carry
 * the `#moderation-switch` ("Allow non-moderators to …") only when nobody is excluded.
 */
import type { Ctx } from './context';
import { openDialog, toggleSwitch } from './dialog';
import { h } from './dom';
import { kick, muteAll, muteRemote, setModeration, type Media } from './host-ops';

export function kickDialog(ctx: Ctx, id: string): void {
  const { s } = ctx;
  openDialog(ctx, {
    title: s.kickTitle,
    body: [h(ctx.doc, 'div', {}, s.kickBody)],
    ok: s.kickButton,
    onSubmit: () => ctx.act(() => kick(ctx.model, id)),
  });
}

export function stopDesktopDialog(ctx: Ctx, id: string): void {
  const { s } = ctx;
  const body = ctx.model.moderation.desktop ? s.desktopParticipantBodyModerationOn : s.desktopParticipantBody;
  openDialog(ctx, {
    title: s.desktopParticipantTitle,
    body: [h(ctx.doc, 'div', {}, body)],
    ok: s.desktopButton,
    onSubmit: () => ctx.act(() => muteRemote(ctx.model, id, 'desktop')),
  });
}

interface MassTexts {
  title: string;
  elseTitle(whom: string): string;
  body: string;
  bodyModerationOn: string;
  elseBody: string;
  ok: string;
  switchLabel: string;
}

function textsFor(ctx: Ctx, media: Media): MassTexts {
  const { s } = ctx;
  if (media === 'audio') {
    return {
      title: s.muteEveryoneTitle,
      elseTitle: s.muteElseTitle,
      body: s.muteEveryoneBody,
      bodyModerationOn: s.muteEveryoneBodyModerationOn,
      elseBody: s.muteElseBody,
      ok: s.muteButton,
      switchLabel: s.moderationAudioLabel,
    };
  }
  if (media === 'video') {
    return {
      title: s.videoEveryoneTitle,
      elseTitle: s.videoElseTitle,
      body: s.videoEveryoneBody,
      bodyModerationOn: s.videoEveryoneBodyModerationOn,
      elseBody: s.videoElseBody,
      ok: s.videoButton,
      switchLabel: s.moderationVideoLabel,
    };
  }
  return {
    title: s.desktopEveryoneTitle,
    elseTitle: s.desktopElseTitle,
    body: s.desktopEveryoneBody,
    bodyModerationOn: s.desktopEveryoneBodyModerationOn,
    elseBody: s.desktopElseBody,
    ok: s.desktopButton,
    switchLabel: s.moderationDesktopLabel,
  };
}

/**
 * "Mute everyone?" / "Stop everyone's video?" / "Stop everyone's screen share?", or the
 * "… except <name>?" variant when opened from a participant's menu. Submit mutes every remote
 * participant but the excluded one, then requests the moderation state the switch shows.
 */
export function massMuteDialog(ctx: Ctx, media: Media, excludeId?: string): void {
  const { doc, model } = ctx;
  const texts = textsFor(ctx, media);
  const excluded = excludeId ? model.people.get(excludeId) : undefined;
  const everyoneModerator = model.remotes().every((person) => person.moderator);
  const withSwitch = !excluded && !(media === 'audio' && everyoneModerator);
  let moderationOn = model.moderation[media];
  const content = h(doc, 'div', {}, excluded ? texts.elseBody : moderationOn ? texts.bodyModerationOn : texts.body);
  const body = h(doc, 'div', { class: 'mute-dialog' }, content);
  if (withSwitch) {
    // The dialog's own state, not the store's: the switch shows "allowed" = moderation off.
    const view = toggleSwitch(
      ctx,
      'moderation-switch',
      () => !moderationOn,
      (allowed) => {
        moderationOn = !allowed;
        content.textContent = moderationOn ? texts.bodyModerationOn : texts.body;
        view.repaint();
      },
    );
    body.append(
      h(doc, 'div', { class: 'separator-line' }),
      h(
        doc,
        'div',
        { class: 'control-row' },
        h(doc, 'label', { for: 'moderation-switch' }, texts.switchLabel),
        view.el,
      ),
    );
  }
  openDialog(ctx, {
    title: excluded ? texts.elseTitle(excluded.name) : texts.title,
    body: [body],
    ok: texts.ok,
    onSubmit: () =>
      ctx.act(() => {
        muteAll(model, media, excluded ? [excluded.id] : []);
        if (withSwitch) setModeration(model, media, moderationOn);
      }),
  });
}
