import type { ChatSource } from '../../kit/chat-tracker';
import { findControl } from '../../kit/controls';
import type { MeetingSources } from '../../kit/observe-meeting';
import type { RosterSource } from '../../kit/roster-tracker';
import { readVisibleSettings } from './host-controls-reader';
import { presenterNames, rosterList } from './page';
import { readRow } from './row-reader';
import { MESSAGE_KEY, PARTICIPANT_KEY, S } from './selectors';
import { textLeaves } from './text';

/** The People list (§2.2); rows are listitems, presentations are skipped by readRow. */
export const meetRoster: RosterSource = {
  list: rosterList,
  row: S.row.selectors[0]!,
  read: readRow,
  // A row's id and name live in these; a rename patches the label in place.
  attributes: [PARTICIPANT_KEY, 'aria-label'],
};

const TIME = /^\d{1,2}[:h.]\d{2}(\s?[AaPp]\.?[Mm]\.?)?$/;

/**
 * The sender of a chat message: the first non-time leaf of the header above its group. Your own
 * messages have no sender shown (engagium doc) and are not reported.
 */
function senderOf(message: Element, list: Element): string | null {
  for (let element: Element = message; element.parentElement && element !== list; element = element.parentElement) {
    const header = element.parentElement.firstElementChild;
    if (!header || header === element || header.matches(`[${MESSAGE_KEY}]`) || header.querySelector(`[${MESSAGE_KEY}]`))
      continue;
    const name = textLeaves(header).find((leaf) => !TIME.test(leaf.text));
    return name?.text ?? null;
  }
  return null;
}

/** "In-call messages", while the chat panel is open (file #28447765251). */
export const meetChat: ChatSource = {
  list: (doc) => findControl(S.chatList, doc),
  message: S.chatMessage.selectors[0]!,
  read(message) {
    const id = message.getAttribute(MESSAGE_KEY);
    const text = findControl(S.chatText, message);
    // The pin button carries the same data-message-id but no text: not a message.
    if (!id || !text) return null;
    const list = message.closest(S.chatList.selectors.join(', '));
    const name = list ? senderOf(message, list) : null;
    if (name === null) return null;
    return { id, name, text: text.textContent ?? '' };
  },
};

export const meetSources: MeetingSources = {
  roster: meetRoster,
  // Meet lets several people present; the first presentation entry counts as "the" share.
  sharer(doc, roster) {
    for (const name of presenterNames(doc)) {
      const id = roster.idByName(name);
      if (id) return id;
    }
    return null;
  },
  visibleSettings: (doc) => {
    const panel = findControl(S.sidePanel, doc);
    return panel ? readVisibleSettings(panel) : {};
  },
  chat: meetChat,
  attributes: ['aria-checked', 'checked'],
};
