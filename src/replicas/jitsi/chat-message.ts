/*
 * One chat message as ChatMessage.tsx renders it: wrapper `div#<messageId>` > `.chatmessage` >
 * `.messagecontent` with `.display-name` (aria-hidden, first of a group only) and `.usermessage`
 * whose paragraph starts with an sr-only "<Name> says:"; the group's last message has the time.
 */
import type { Ctx } from './context';
import { h, tss } from './dom';
import type { ChatLine } from './model';

export function messageEl(ctx: Ctx, line: ChatLine, first: boolean, last: boolean): HTMLElement {
  const { doc, s } = ctx;
  const content = h(doc, 'div', { class: `messagecontent ${tss('messageContent')}` });
  if (first)
    content.append(h(doc, 'div', { 'aria-hidden': 'true', class: `display-name ${tss('displayName')}` }, line.name));
  const footer = h(
    doc,
    'div',
    { class: tss('chatMessageFooter') },
    h(doc, 'div', { class: tss('chatMessageFooterLeft') }),
  );
  if (last) {
    const time = `${String(line.at.getHours()).padStart(2, '0')}:${String(line.at.getMinutes()).padStart(2, '0')}`;
    footer.append(h(doc, 'div', { class: `timestamp ${tss('timestamp')}` }, h(doc, 'p', {}, time)));
  }
  content.append(
    h(
      doc,
      'div',
      { class: `usermessage ${tss('userMessage')}` },
      h(doc, 'p', {}, h(doc, 'span', { class: 'sr-only' }, s.says(line.name)), line.text),
      footer,
    ),
  );
  return h(
    doc,
    'div',
    { class: `${tss('chatMessageWrapper')} remote`, id: line.id, tabindex: '-1' },
    h(
      doc,
      'div',
      { class: tss('sideBySideContainer') },
      h(doc, 'div', { class: tss('optionsButtonContainer') }),
      h(
        doc,
        'div',
        { class: `chatmessage ${tss('chatMessage')} remote` },
        h(doc, 'div', { class: tss('replyWrapper') }, content),
      ),
    ),
  );
}
