import type { ZoomContext } from './context';
import { h } from './dom';
import type { ChatMessage } from './model';
import { panelShell, type Panel } from './panel-shell';

/** Messages kept in the DOM; Zoom virtualises the list, the replica keeps the latest ones. */
const KEPT = 200;

/*
 * The chat panel (operator doc 4b, live probe; capture §10): `#chatContainer`, the list
 * `.chat-container__chat-list` > `[role=application][aria-label="Chat Message List"]`, one row per
 * message `div.chat-item-container[id^=chat-item-container-][data-id]`, the sender in
 * `span.chat-item__sender[data-userid][data-name]`, the body in `.chat-rtf-box__display` inside
 * `.new-chat-message__container[role=row]` whose aria-label reads "<sender> to <receiver>, <time>,
 * <text>". An informational placeholder row `[data-id="msgId-placeholder"]` comes first.
 */
export function createChatPanel(ctx: ZoomContext): Panel {
  const { doc, t, model } = ctx;
  const shell = panelShell(ctx, 'chat-container chat-container--dark window-content-bottom', '', () =>
    ctx.ui.close('chat'),
  );
  shell.element.id = 'chatContainer';
  shell.header.classList.add('chat-header__header');
  const self = model.participants.find((p) => p.self)!;
  shell.title.append(h(doc, 'span', { class: 'chat-header__meeting-topic' }, t.topic(self.name)));
  const messages = h(doc, 'div', {
    class: 'chat-item__chat-info',
    role: 'application',
    'aria-label': t.chatMessageList,
  });
  messages.append(h(doc, 'div', { class: 'chat-item__pmc', 'data-id': 'msgId-placeholder' }, t.chatPlaceholder));
  // Appends only new messages, as a keyed list would; drops the oldest beyond KEPT.
  let next = Math.max(0, model.chat.length - KEPT);
  const render = () => {
    for (; next < model.chat.length; next++) messages.append(row(ctx, model.chat[next]!, next + 1));
    while (messages.children.length > KEPT + 1) messages.children[1]!.remove();
  };
  const list = h(
    doc,
    'div',
    { class: 'chat-container__chat-list' },
    h(doc, 'div', { class: 'ReactVirtualized__Grid ReactVirtualized__List chat-virtualized-list' }, messages),
  );
  const editor = h(doc, 'div', {
    class: 'tiptap ProseMirror',
    contenteditable: 'true',
    role: 'textbox',
    'aria-label': 'Type message here ...',
  });
  const send = h(doc, 'button', { type: 'button', class: 'chat-rtf-box__send', 'aria-label': 'send' });
  send.addEventListener('click', () => {
    const text = editor.textContent?.trim() ?? '';
    if (!text) return;
    editor.textContent = '';
    model.chat.push({ id: model.nextMessageId(), userId: self.userId, name: self.name, text, at: new Date() });
    model.changed('chat');
  });
  const composer = h(
    doc,
    'div',
    { class: 'chat-rtf-box__chat-textarea-wrapper' },
    editor,
    h(doc, 'div', { class: 'chat-rtf-box__bottom' }, send),
  );
  let cancel: (() => void) | null = ctx.scheduler.later(() => {
    cancel = null;
    render();
    shell.content.append(list, composer);
  });
  const unsubscribe = model.onChange((change) => change === 'chat' && !cancel && render());
  return {
    element: shell.element,
    dispose: () => {
      cancel?.();
      unsubscribe();
    },
  };
}

function row(ctx: ZoomContext, m: ChatMessage, n: number): HTMLElement {
  const { doc, t, lang } = ctx;
  const time = m.at.toLocaleTimeString(lang === 'fr' ? 'fr-FR' : 'en-US', { hour: '2-digit', minute: '2-digit' });
  const header = h(
    doc,
    'div',
    { class: 'new-chat-item__chat-info-header' },
    h(doc, 'span', { class: 'chat-item__sender', 'data-userid': m.userId, 'data-name': m.name }, m.name),
    ` ${t.to} `,
    h(doc, 'span', { class: 'chat-item__receiver' }, t.meetingGroupChat),
    h(doc, 'span', { class: 'new-chat-item__chat-info-time-stamp' }, time),
  );
  const body = h(
    doc,
    'div',
    { class: 'new-chat-message__container', role: 'row', 'aria-label': t.chatRow(m.name, time, m.text) },
    h(
      doc,
      'div',
      { class: 'new-chat-message__text-box', id: m.id },
      h(
        doc,
        'div',
        { class: 'new-chat-message__text-content' },
        h(doc, 'div', { class: 'chat-rtf-box__display' }, m.text),
      ),
    ),
  );
  return h(
    doc,
    'div',
    { class: 'chat-item-container', id: `chat-item-container-${n}`, 'data-id': m.id },
    h(doc, 'div', { class: 'chat-item-position' }, header, body),
  );
}
