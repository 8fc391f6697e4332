import type { Ctx } from './context';
import { fui, h, setText } from './dom';
import { openMenu } from './menu';

/*
 * The calling toolbar with the hooks public scrapers rely on (meeting-dom.md §3.1-3.2, [solid]):
 * `button#roster-button[data-tid="calling-toolbar-people-button"]` "People" with its count badge
 * `[data-tid="roster-button-tile"]` (it survives the pane being closed), `button#chat-button`,
 * `#callingButtons-showMoreBtn[data-tid="more-button"]`, `#microphone-button[data-state]`, and
 * `#hangup-button` around `button[data-tid="hangup-main-btn"]` "Leave (Ctrl+Shift+H)".
 */
export interface Toolbar {
  el: HTMLElement;
  people: HTMLButtonElement;
  chat: HTMLButtonElement;
  render(): void;
}

export function createToolbar(ctx: Ctx, show: (panel: 'people' | 'chat' | 'options') => void): Toolbar {
  const { doc, t } = ctx;
  const button = (attrs: Record<string, string>, label: string, ...extra: Node[]) =>
    h(
      doc,
      'button',
      { type: 'button', class: fui('Button'), 'aria-label': label, ...attrs },
      h(doc, 'span', {}, label),
      ...extra,
    );
  const badge = h(doc, 'span', { 'data-tid': 'roster-button-tile', class: fui('CounterBadge') });
  const chat = button({ id: 'chat-button', 'data-tid': 'chat-button', 'aria-pressed': 'false' }, t.chat);
  const people = button(
    { id: 'roster-button', 'data-tid': 'calling-toolbar-people-button', 'aria-pressed': 'false' },
    t.people,
    badge,
  );
  const more = button(
    { id: 'callingButtons-showMoreBtn', 'data-tid': 'more-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
    t.more,
  );
  chat.addEventListener('click', () => show('chat'));
  people.addEventListener('click', () => show('people'));
  more.addEventListener('click', () =>
    openMenu(ctx, more, () => [
      {
        label: t.settings,
        submenu: () => [{ label: t.meetingOptions, onSelect: () => show('options') }, { label: t.deviceSettings }],
      },
    ]),
  );
  const hangup = h(
    doc,
    'div',
    { id: 'hangup-button' },
    h(doc, 'button', { type: 'button', 'data-tid': 'hangup-main-btn', class: fui('Button'), 'aria-label': t.leave }),
  );
  const el = h(
    doc,
    'div',
    { role: 'toolbar', class: 'tgr-toolbar' },
    chat,
    people,
    more,
    button({ id: 'video-button', 'data-tid': 'toggle-video' }, t.camera),
    button({ id: 'microphone-button', 'data-tid': 'toggle-mute', 'data-state': 'mic' }, t.mic),
    button({ id: 'share-button' }, t.share),
    hangup,
  );
  return {
    el,
    people,
    chat,
    render: () => setText(badge, String(ctx.meeting.people.length)),
  };
}
