import { liveAttr, type ViewContext } from './context';
import { h, icon, iconButton } from './dom';
import type { ChatMessage } from './model';
import type { PanelRender } from './side-panel';
import { switchRow } from './switch';

/*
 * "In-call messages" (engagium doc 2025-11): the host's switch "Let participants send
 * messages", "Continuous chat is OFF", then messages: sender name and time (none shown for your
 * own), the text, "Pin message". Each message is `[data-message-id]` holding the text in
 * `[jsname=dTKtvb]`; the pin button carries the same data-message-id (chat-reading script,
 * file #28447765251, 2026). Input: textarea "Send a message" and its send button.
 */
export function renderChatPanel(ctx: ViewContext): PanelRender {
  return (body) => {
    const { doc, t, cls, model, actions } = ctx;
    const switchSlot = h(doc, 'div', { class: cls('chatSwitch') });
    const drawSwitch = () => {
      switchSlot.replaceChildren(
        switchRow(ctx, t.letParticipantsSend, model.settings.chatAllowed, (want) =>
          actions.setSwitch('chatAllowed', want),
        ),
      );
    };
    const list = h(doc, 'div', { class: cls('chatList'), 'aria-live': 'polite', jsname: liveAttr(ctx, 'xySENc') });
    const input = h(doc, 'textarea', {
      class: cls('chatInput'),
      'aria-label': t.sendMessage,
      placeholder: t.sendMessage,
    });
    const send = iconButton(doc, t.sendMessage, 'send', { class: cls('chatSend') });
    send.addEventListener('click', () => {
      const self = model.people.find((person) => person.self);
      if (self && input.value.trim()) model.addMessage(self, input.value.trim());
      input.value = '';
    });
    drawSwitch();
    body.append(
      switchSlot,
      h(doc, 'h3', { class: cls('chatState') }, t.continuousChatOff),
      list,
      h(doc, 'div', { class: cls('chatCompose') }, input, send),
    );
    for (const message of model.chat) list.append(messageGroup(ctx, message));
    return model.subscribe((change) => {
      if (change.kind === 'settings') drawSwitch();
      if (change.kind === 'chat') list.append(messageGroup(ctx, change.message));
    });
  };
}

const timeOf = (at: Date) => at.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });

function messageGroup(ctx: ViewContext, message: ChatMessage): HTMLElement {
  const { doc, cls, t, model } = ctx;
  const own = model.people.find((person) => person.id === message.senderId)?.self === true;
  const header = h(
    doc,
    'div',
    { class: cls('chatHeader') },
    own ? null : h(doc, 'div', { class: `${cls('chatSender')} notranslate` }, message.senderName),
    h(doc, 'div', { class: cls('chatTime') }, timeOf(message.at)),
  );
  const pin = h(
    doc,
    'button',
    { type: 'button', class: cls('chatPin'), 'aria-label': t.pinMessage, 'data-message-id': liveAttr(ctx, message.id) },
    icon(doc, 'keep'),
  );
  const text = h(
    doc,
    'div',
    { class: cls('chatMessage'), 'data-message-id': liveAttr(ctx, message.id) },
    h(doc, 'div', { class: cls('chatText'), jsname: liveAttr(ctx, 'dTKtvb') }, h(doc, 'div', {}, message.text)),
    pin,
  );
  return h(doc, 'div', { class: cls('chatGroup') }, header, text);
}
