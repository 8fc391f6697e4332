import type { ChatSource } from '../../kit/chat-tracker';
import { findControl } from '../../kit/controls';
import type { MeetingSources } from '../../kit/observe-meeting';
import type { RosterSource } from '../../kit/roster-tracker';
import { isLocked, readRow, rosterList, sharerOf } from './page';
import { MESSAGE_KEY, ROW_KEY, S, SENDER_KEY } from './selectors';

/** The participants list: rows keyed by `data-participant-id`, closed with the panel. */
export const practiceRoster: RosterSource = {
  list: rosterList,
  row: S.row.selectors[0]!,
  read: readRow,
  // Row keys (and the share view's key) are the only attributes whose changes matter.
  attributes: [ROW_KEY],
};

export const practiceChat: ChatSource = {
  list: (doc) => findControl(S.chat, doc),
  message: S.chatMessage.selectors[0]!,
  read(message) {
    const id = message.getAttribute(MESSAGE_KEY);
    if (!id) return null;
    const participantId = message.getAttribute(SENDER_KEY) ?? undefined;
    return {
      id,
      ...(participantId ? { participantId } : {}),
      name: findControl(S.chatAuthor, message)?.textContent ?? '',
      text: findControl(S.chatText, message)?.textContent ?? '',
    };
  },
};

export function practiceSources(extra: MeetingSources['extra']): MeetingSources {
  return {
    roster: practiceRoster,
    sharer: (doc) => sharerOf(doc),
    visibleSettings: (doc) => ({ locked: isLocked(doc) }),
    chat: practiceChat,
    ...(extra ? { extra } : {}),
  };
}
