import type { ZoomContext } from './context';
import { h, sync, syncText } from './dom';
import { caretMenu, toolbarParts } from './toolbar-parts';

/*
 * The toolbar `footer#wc-footer` of build 7.2.0 (capture §5.1–5.3): three sections, buttons
 * `.footer-button-base__button` with a label span, carets `.footer-sub-toggle-base`. The
 * Participants button's aria-label embeds the count (typo "particpants" kept) and flips to
 * "close the manage participants list pane" while the panel is open; the count badge is
 * `.footer-button__number-counter`. The older "Security" button is not rendered: 7.2.0 replaced
 * it with Host tools (meeting-dom.md §1.2).
 */
export function renderToolbar(ctx: ZoomContext): HTMLElement {
  const { doc, t, model, ui } = ctx;
  const { button, caret, group } = toolbarParts(doc);
  const noop = () => undefined;
  const self = () => model.participants.find((p) => p.self)!;
  const audio = button(t.mute, t.audio, 'join-audio-container__btn');
  audio.addEventListener('click', () => {
    self().muted = !self().muted;
    model.changed('roster');
  });
  const video = button(t.startVideo, t.video, 'send-video-container__btn');
  video.addEventListener('click', () => {
    self().video = !self().video;
    model.changed('roster');
  });

  const participants = button(t.participants, t.participantsOpen(1));
  const counter = h(doc, 'span', { class: 'footer-button__number-counter' }, h(doc, 'span', {}, '1'));
  participants.firstElementChild!.append(h(doc, 'div', { class: 'footer-button__participants-icon' }, counter));
  participants.addEventListener('click', () => ui.toggle('participants'));
  const participantsCaret = caret(t.participantsSettings, 'footer-participants-button__toggle-button');
  caretMenu(ctx, participantsCaret, 'footer-participants-button__popup-menu', () => [
    { text: `${t.invite} ...`, onSelect: noop },
    { text: 'Copy invite link', onSelect: noop },
    { text: t.hostToolsForParticipants, onSelect: () => ui.openHostTools('participants') },
  ]);

  const chat = button(t.chat, t.chatOpen);
  const unread = h(doc, 'span', {
    class: 'footer-button__number-badge-wrapper footer-button__number-badge-wrapper--unread',
  });
  chat.firstElementChild!.append(unread);
  chat.addEventListener('click', () => ui.toggle('chat'));

  const share = button(t.share, t.share, 'sharing-entry-button-container');
  const shareCaret = caret(t.hostToolsForShare);
  caretMenu(ctx, shareCaret, 'sharing-entry-button-container__pop-menu', () => [
    { text: t.hostToolsForShare, onSelect: () => ui.openHostTools('share') },
  ]);
  const hostTools = button(t.hostTools, t.hostTools);
  hostTools.addEventListener('click', () => ui.toggle('hostTools'));
  const more = button(t.more, t.more);
  const moreGroup = h(
    doc,
    'div',
    { role: 'group', 'aria-label': t.moreMeetingControl, class: 'dropdown-toggle btn-group more-button' },
    more,
  );
  const moreItems = ['Show Captions', 'Breakout Rooms', 'Whiteboards', 'Settings', 'Stop Incoming Video'];
  caretMenu(ctx, more, 'more-button__pop-menu', () => moreItems.map((text) => ({ text, onSelect: noop })), moreGroup);

  const footer = h(
    doc,
    'footer',
    { id: 'wc-footer', class: 'footer main-footer footer--desktop-layout', role: 'presentation' },
    h(
      doc,
      'div',
      { id: 'foot-bar', class: 'footer__inner' },
      h(
        doc,
        'div',
        { 'footer-section': 'left' },
        group('audio', audio, caret('More audio controls')),
        group('video', video, caret('More video controls')),
      ),
      h(
        doc,
        'div',
        { 'footer-section': 'mid' },
        group('participant', participants, participantsCaret),
        group('chat', chat, caret('Chat Settings')),
        group('react', button(t.react, t.react)),
        group('share', share, shareCaret),
        group('hostTools', hostTools),
        moreGroup,
      ),
      h(doc, 'div', { 'footer-section': 'right' }, button(t.end, t.end, 'footer-button__leave')),
    ),
  );

  const refresh = () => {
    const me = self();
    syncText(audio.lastElementChild!, me.muted ? t.unmute : t.mute);
    syncText(video.lastElementChild!, me.video ? t.stopVideo : t.startVideo);
    const count = model.participants.length;
    syncText(counter.firstElementChild!, String(count));
    sync(participants, 'aria-label', ui.isOpen('participants') ? t.participantsClose : t.participantsOpen(count));
    sync(chat, 'aria-label', ui.isOpen('chat') ? t.chatClose : t.chatOpen);
    share.classList.toggle('sharing-entry-button-container--green', me.sharing);
  };
  let unreadCount = 0;
  model.onChange((change) => {
    if (change === 'roster') refresh();
    if (change !== 'chat' || ui.isOpen('chat')) return;
    unreadCount += 1;
    unread.replaceChildren(h(doc, 'span', { class: 'number-badge' }, String(unreadCount)));
  });
  ui.onPanels(() => {
    if (ui.isOpen('chat')) {
      unreadCount = 0;
      unread.replaceChildren();
    }
  });
  ui.onPanels(refresh);
  refresh();
  return footer;
}
