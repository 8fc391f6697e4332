import type { ChatSource } from '../../kit/chat-tracker';
import { findControl } from '../../kit/controls';
import type { MeetingSources } from '../../kit/observe-meeting';
import type { RosterSource } from '../../kit/roster-tracker';
import { renderedRows, rosterList, totalCount } from './page';
import { readerFor } from './row-reader';
import { ROW, S } from './selectors';

/*
 * What the kit's observer reads on Teams. The roster is treated as virtualised (v1 was
 * react-virtualized, v2 unknown: meeting-dom.md §3.1): a row leaving the DOM is not a leave
 * unless every row is rendered, judged against the People badge count.
 */
export function teamsRoster(doc: Document): RosterSource {
  return {
    list: rosterList,
    row: ROW,
    read: readerFor(doc),
    attributes: ['data-tid', 'aria-label', 'id', 'data-cid'],
    virtualized: {
      complete(list) {
        const total = totalCount(list.ownerDocument);
        return total === null || renderedRows(list).length >= total;
      },
    },
  };
}

/** The name shown on the screen-share stream (the sharer's name tag), or null. */
export function sharerName(doc: Document): string | null {
  const stream = findControl(S.shareStream, doc);
  if (!stream) return null;
  return findControl(S.nameTag, stream)?.textContent?.trim() || null;
}

/** Meeting chat while its pane is open; system lines (.fui-ChatControlMessage) are not chat. */
export const teamsChat: ChatSource = {
  list: (doc) => findControl(S.chatList, doc),
  message: S.chatMessage.selectors.join(', '),
  read(message) {
    const name = findControl(S.chatAuthor, message)?.textContent?.trim() ?? '';
    const text = findControl(S.chatBody, message)?.textContent ?? '';
    const key = message.getAttribute('data-mid') ?? message.id;
    if (!key && !name && !text) return null;
    return { id: key || `${name}\u0000${text}`, name, text };
  },
};

export function teamsSources(doc: Document): MeetingSources {
  return {
    roster: teamsRoster(doc),
    sharer(page, roster) {
      const name = sharerName(page);
      if (name === null) return null;
      // A suffix such as "(Presenting)" on the name tag [inferred] does not hide who it is.
      return roster.idByName(name) ?? roster.idByName(name.replace(/\s+\([^()]*\)$/, '')) ?? null;
    },
    visibleSettings: (page) => (findControl(S.lockedBanner, page) ? { locked: true } : {}),
    chat: teamsChat,
    attributes: ['data-stream-type'],
  };
}
