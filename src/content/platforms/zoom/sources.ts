import type { ChatSource } from '../../kit/chat-tracker';
import { findControl } from '../../kit/controls';
import type { MeetingSources } from '../../kit/observe-meeting';
import { sharerName } from './page';
import { zoomRoster } from './roster-source';
import { S } from './selectors';

/** Meeting chat (operator doc 4b): rows keyed by `data-id`; the placeholder row is not chat. */
export const zoomChat: ChatSource = {
  list: (doc) => findControl(S.chatList, doc),
  message: S.chatMessage.selectors[0]!,
  read(message) {
    const id = message.getAttribute('data-id');
    if (!id || id === 'msgId-placeholder') return null;
    const sender = findControl(S.chatSender, message);
    return {
      id,
      name: sender?.getAttribute('data-name') ?? sender?.textContent ?? '',
      text: findControl(S.chatText, message)?.textContent ?? '',
    };
  },
};

/**
 * What the kit's observer reads on Zoom. The sharer is named only in the indicator's text
 * ("You are viewing <Name>'s screen", meeting-dom.md §1.3), so it resolves through the roster.
 * No setting shows without opening Host tools: there are no visible settings.
 */
export function zoomSources(doc: Document, extra?: MeetingSources['extra']): MeetingSources {
  return {
    roster: zoomRoster(doc),
    sharer(page, roster) {
      const name = sharerName(page);
      return name === null ? null : (roster.idByName(name) ?? null);
    },
    chat: zoomChat,
    ...(extra ? { extra } : {}),
  };
}
