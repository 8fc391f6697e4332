import type { ControlSpec } from '../../kit/controls';

/*
 * Microsoft Teams web, new client v2 (Fluent UI v9), as public scrapers and bots saw it
 * 2024-2026 (meeting-dom.md §3, gathered 2026-11). Stable hooks first: data-tid, data-cid, ids,
 * then aria-labels; never Fluent's hashed atomic classes. Host actions have no public selectors,
 * so their menu items are found by Microsoft's documented wording only (LABELS), never by a
 * participant's name.
 */
const spec = (name: string, ...selectors: string[]): ControlSpec => ({ name, selectors });

/** Roster row prefixes: the display name follows the prefix (meeting-dom.md §3.1, [solid]). */
export const ROW_PREFIXES = ['participantsInCall-', 'attendeesInMeeting-', 'participantsFromThread-'] as const;
export const ROW_TID = ROW_PREFIXES.map((prefix) => `[data-tid^="${prefix}"]`).join(', ');
/** The row container (`div[data-cid="roster-participant"][aria-label]`), also a row on its own. */
export const ROW_CONTAINER = '[data-cid="roster-participant"]';
export const ROW = `${ROW_TID}, ${ROW_CONTAINER}`;
export const MENU_ITEM = '[role^="menuitem"]';

export const S = {
  peopleButton: spec(
    'peopleButton',
    'button#roster-button',
    'button[data-tid="calling-toolbar-people-button"]',
    'button[data-tid="roster-button"]', // older layout
    'button[aria-label="People"]',
    'button[aria-label="Contacts"]',
  ),
  peopleBadge: spec('peopleBadge', '[data-tid="roster-button-tile"]'),
  hangup: spec(
    'hangup',
    '#hangup-button',
    'button[data-tid="hangup-main-btn"]',
    'button[data-tid="hangup-leave-button"]',
    'button[data-tid="hangup-end-meeting-button"]',
  ),
  moreButton: spec('moreButton', 'button#callingButtons-showMoreBtn', 'button[data-tid="more-button"]'),
  chatButton: spec('chatButton', 'button#chat-button', 'button[data-tid="chat-button"]'),
  stage: spec('stage', '[data-cid="calling-participant-stream"]', '[data-tid="myself-video"]', '[data-stream-type]'),
  title: spec('title', '[data-tid="calling-title"]'),
  meAvatar: spec('meAvatar', '[data-tid="me-control-avatar"]'),

  rosterTree: spec(
    'rosterTree',
    '[data-tid="calling-roster"]',
    '[role="tree"][aria-label="Attendees"]',
    '[role="tree"][aria-label="Participants"]', // French (inferred)
  ),
  rosterPane: spec('rosterPane', '[data-tid="calling-roster-wrapper"]', '[data-tid="calling-roster-attendees"]'),
  rosterScroller: spec('rosterScroller', '[data-tid="calling-roster-attendees"]'),
  sectionTitle: spec('sectionTitle', '#roster-title-section-2'),
  rowName: spec('rowName', '[id^="roster-avatar-img-"]', '.fui-TreeItemPersonaLayout__main'),
  organizerTag: spec(
    'organizerTag',
    'span[data-tid="ts-roster-organizer-status"]',
    '[data-tid="ts-roster-organizer-status"]',
  ),
  rowMutedIcon: spec('rowMutedIcon', '[data-cid="roster-participant-muted"]'),
  rowUnmutedIcon: spec('rowUnmutedIcon', '[data-cid="roster-participant-unmuted"]'),

  shareStream: spec(
    'shareStream',
    '[data-stream-type="ScreenSharing"]',
    '[data-stream-type*="Screen" i]',
    '[data-stream-type*="Shar" i]',
    '[data-stream-type*="Desktop" i]',
  ),
  nameTag: spec('nameTag', '[data-tid="participant-info-nametag"]'),
  lockedBanner: spec('lockedBanner', '[data-tid="callingAlertDismissButton_MeetingLocked"]'),

  chatList: spec('chatList', '#chat-pane-list'),
  chatMessage: spec('chatMessage', '[data-tid="chat-pane-message"]', '.fui-ChatMessage'),
  chatAuthor: spec('chatAuthor', '[data-tid="message-author-name"]'),
  chatBody: spec('chatBody', '[data-tid="message-body-content"]'),
} as const;
