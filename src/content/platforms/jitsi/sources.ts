import type { ChatSource } from '../../kit/chat-tracker';
import { findControl } from '../../kit/controls';
import type { MeetingSources } from '../../kit/observe-meeting';
import type { RosterSource } from '../../kit/roster-tracker';
import type { MeetingSettings } from '../../../shared/model/settings';
import { lobbyOn, paneOf, readRow, sharerOf } from './page';
import { S } from './selectors';

/**
 * The participants pane: not virtualised, but its search box hides rows that do not match
 * (MeetingParticipantItem returns null), so while a search is typed the list is partial and a
 * vanished row is not a leave.
 */
export const jitsiRoster: RosterSource = {
  list: paneOf,
  row: S.row.selectors[0]!,
  read: readRow,
  attributes: ['id'],
  virtualized: { complete: (pane) => ![...pane.querySelectorAll('input')].some((input) => input.value.trim() !== '') },
};

/**
 * Chat (ChatMessage.tsx): `.chatmessage` inside a wrapper whose id is the message id; only a
 * group's first message shows `.display-name`, so later ones take it from their group. The text
 * is the message paragraph without its sr-only "<Name> says:" prefix. No sender id in the DOM.
 */
export const jitsiChat: ChatSource = {
  list: (doc) => findControl(S.chat, doc),
  message: S.chatMessage.selectors[0]!,
  read(message) {
    const wrapper = message.parentElement?.closest('[id]');
    if (!wrapper || wrapper.id === 'chatconversation') return null;
    const name =
      message.querySelector('.display-name')?.textContent ??
      message.closest('.chat-message-group')?.querySelector('.display-name')?.textContent;
    const paragraph = message.querySelector('.usermessage p');
    if (name === undefined || name === null || !paragraph) return null;
    const text = [...paragraph.childNodes]
      .filter((node) => !(node instanceof Element && node.classList.contains('sr-only')))
      .map((node) => node.textContent ?? '')
      .join('');
    return { id: wrapper.id, name, text };
  },
};

/**
 * Settings the page shows without opening anything: the lobby switch while the Security dialog
 * is open, and a main-toolbar Security button, which is toggled while the lobby or a password is
 * on (AbstractSecurityDialogButton `_isToggled`).
 */
function visibleSettings(doc: Document): Partial<MeetingSettings> {
  const lobby = lobbyOn(doc);
  if (lobby !== null) return { locked: lobby };
  const button = findControl(S.securityButton, doc);
  const pressed = button?.getAttribute('role') === 'button' ? button.getAttribute('aria-pressed') : null;
  return pressed === null || pressed === undefined ? {} : { locked: pressed === 'true' };
}

export function jitsiSources(extra?: MeetingSources['extra']): MeetingSources {
  return {
    roster: jitsiRoster,
    sharer: sharerOf,
    visibleSettings,
    chat: jitsiChat,
    attributes: ['aria-pressed'],
    ...(extra ? { extra } : {}),
  };
}
