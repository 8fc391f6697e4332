/*
 * The chat side panel (chat/components/web/Chat.tsx, MessageContainer.tsx, ChatMessageGroup.tsx,
 * ChatMessage.tsx): `#sideToolbarContainer` while open, first in `#layout_wrapper`, with the
 * header, Chat/Polls tabs and `#chat-tab-panel` > `#chatconversation[role=log]`. Consecutive
 * messages from one sender form a `.chat-message-group`; only the first shows `.display-name`
 * (aria-hidden), every `.usermessage` starts with an sr-only "<Name> says:". Jitsi has no
 * moderator switch to disable chat (#17613).
 */
import type { Ctx } from './context';
import { h, icon, replaceChildren, tss } from './dom';
import { messageEl } from './chat-message';

export function mountChatPanel(ctx: Ctx): void {
  const { doc, model, s } = ctx;
  let panel: HTMLElement | null = null;
  const conversation = h(doc, 'div', {
    'aria-labelledby': 'chat-header',
    id: 'chatconversation',
    role: 'log',
    tabindex: '0',
  });
  let rendered = 0;
  let lastGroup: { senderId: string; el: HTMLElement; lastMessage: HTMLElement } | null = null;
  const end = h(doc, 'div', { id: 'messagesListEnd' });
  /** Appends what arrived since the last paint, as React's keyed groups would. */
  const paintMessages = () => {
    if (rendered === 0) replaceChildren(conversation, end);
    for (const line of model.chat.slice(rendered)) {
      if (lastGroup && lastGroup.senderId === line.senderId) {
        // The timestamp moves to the group's new last message.
        lastGroup.lastMessage.querySelector('.timestamp')?.remove();
        lastGroup.lastMessage = messageEl(ctx, line, false, true);
        lastGroup.el.append(lastGroup.lastMessage);
      } else {
        const message = messageEl(ctx, line, true, true);
        const group = h(doc, 'div', { class: `${tss('messageGroup')} chat-message-group remote` }, message);
        conversation.insertBefore(
          h(
            doc,
            'div',
            { class: `${tss('groupContainer')} remote` },
            h(doc, 'div', { class: `avatar ${tss('avatar')}` }),
            group,
          ),
          end,
        );
        lastGroup = { senderId: line.senderId, el: group, lastMessage: message };
      }
    }
    rendered = model.chat.length;
    if (rendered === 0)
      replaceChildren(
        conversation,
        h(doc, 'div', { class: tss('emptyComponentWrapper') }, h(doc, 'div', {}, s.noMessages)),
        end,
      );
  };
  const open = () => {
    const close = h(
      doc,
      'div',
      { 'aria-label': s.chatHeaderClose, class: 'jitsi-icon jitsi-icon-default', role: 'button', tabindex: '0' },
      icon(doc).firstChild,
    );
    close.addEventListener('click', () => ctx.setUi({ chatOpen: false }));
    const tab = (id: string, label: string, selected: boolean) =>
      h(
        doc,
        'div',
        { 'aria-controls': `${id}-panel`, 'aria-selected': String(selected), class: tss('tab'), id, role: 'tab' },
        label,
      );
    panel = h(
      doc,
      'div',
      { class: tss('container'), id: 'sideToolbarContainer' },
      h(
        doc,
        'div',
        { class: `chat-header ${tss('chatHeader')}` },
        h(doc, 'span', { 'aria-level': '1', role: 'heading' }, s.chatTitle),
        close,
      ),
      h(
        doc,
        'div',
        { class: tss('tabs'), role: 'tablist' },
        tab('chat-tab', s.chatTitle, true),
        tab('polls-tab', s.pollsTab, false),
      ),
      h(
        doc,
        'div',
        {
          'aria-labelledby': 'chat-tab',
          class: tss('chatPanel'),
          id: 'chat-tab-panel',
          role: 'tabpanel',
          tabindex: '0',
        },
        h(doc, 'div', { id: 'chat-conversation-container' }, conversation),
        h(
          doc,
          'div',
          { class: 'chat-input-container' },
          h(
            doc,
            'div',
            { id: 'chat-input' },
            h(doc, 'textarea', { class: 'chat-input', id: 'chat-input-messagebox', placeholder: s.messageBox }),
          ),
        ),
      ),
    );
    rendered = 0;
    lastGroup = null;
    paintMessages();
    ctx.slots.layout.prepend(panel);
  };
  ctx.cleanups.push(
    model.subscribe((change) => {
      if (change === 'ui' && ctx.ui.chatOpen && !panel) open();
      else if (change === 'ui' && !ctx.ui.chatOpen && panel) {
        panel.remove();
        panel = null;
      } else if (change === 'chat' && panel) paintMessages();
    }),
  );
}
