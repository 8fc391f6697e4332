import type { ControlSpec } from '../../kit/controls';
import type { ReportCategory } from '../../../shared/model/report';
import type { SettingKey } from '../../../shared/model/settings';

/*
 * Practice meeting v1 (src/practice), seen 2026-11. Its singleton parts carry ids, tried first:
 * id lookups keep the observer's per-mutation pass cheap. Class and ARIA fallbacks follow.
 * Text is matched only on the client's own chrome (menu items, dialog buttons), never on names.
 */
const spec = (name: string, ...selectors: string[]): ControlSpec => ({ name, selectors });

/** The client's row key: on roster rows, the share view, the row menu and per-row dialogs. */
export const ROW_KEY = 'data-participant-id';
export const MESSAGE_KEY = 'data-message-id';
export const SENDER_KEY = 'data-sender-id';
/** Any kind of menu item (menuitem, menuitemcheckbox). */
export const MENU_ITEM = '[role^="menuitem"]';

export const S = {
  title: spec('title', '#pm-title', '.pm-header__title'),
  stage: spec('stage', '#pm-stage', 'main.pm-stage'),
  shareView: spec('shareView', '#pm-share-view', '.pm-share-view'),
  lockIndicator: spec('lockIndicator', '#pm-lock-indicator', '.pm-header__lock'),
  suspendedBanner: spec('suspendedBanner', '#pm-suspended-banner', '.pm-banner'),
  toastItems: spec('toastItems', '#pm-toasts > li', '.pm-toast'),

  securityButton: spec('securityButton', '#pm-security-button', 'button[aria-label="Security"]'),
  securityMenu: spec('securityMenu', '#pm-security-menu', '[role="menu"][aria-label="Security"]'),
  participantsButton: spec('participantsButton', '#pm-participants-button', 'button[aria-label^="Participants"]'),

  roster: spec('roster', '#pm-participants-list', '[role="list"][aria-label="Participants list"]'),
  row: spec('row', `[${ROW_KEY}]`),
  rowName: spec('rowName', '.pm-participant__name'),
  rowRole: spec('rowRole', '.pm-participant__role'),
  rowMic: spec('rowMic', '.pm-icon--mic'),
  rowMore: spec('rowMore', 'button[aria-label="More options"]', '.pm-participant__more'),
  muteAllButton: spec('muteAllButton', '.pm-participants__mute-all', '.pm-participants__footer button'),

  chat: spec('chat', '#pm-chat-list', '[aria-label="Chat messages"]'),
  chatMessage: spec('chatMessage', `[${MESSAGE_KEY}]`),
  chatAuthor: spec('chatAuthor', '.pm-chat__author'),
  chatText: spec('chatText', '.pm-chat__text'),

  removeDialog: spec('removeDialog', '#pm-remove-dialog'),
  reportDialog: spec('reportDialog', '#pm-report-dialog'),
  muteAllDialog: spec('muteAllDialog', '#pm-mute-all-dialog'),
  suspendDialog: spec('suspendDialog', '#pm-suspend-dialog'),
  blockRejoin: spec('blockRejoin', 'input[type="checkbox"][name="block-rejoin"]'),
  reportCategory: spec('reportCategory', 'select[name="category"]'),
  reportDescription: spec('reportDescription', 'textarea[name="description"]'),
  reportAlsoRemove: spec('reportAlsoRemove', 'input[type="checkbox"][name="also-remove"]'),
} as const;

/** The client's own wording, as it labels its controls. */
export const LABELS = {
  settings: {
    locked: 'Lock meeting',
    shareAllowed: 'Share screen',
    chatAllowed: 'Chat',
    renameAllowed: 'Rename themselves',
    unmuteAllowed: 'Unmute themselves',
  } satisfies Record<SettingKey, string>,
  suspendItem: 'Suspend participant activities',
  suspendConfirm: 'Suspend',
  stopShare: 'Stop share',
  removeItem: 'Remove',
  removeConfirm: 'Remove',
  reportItem: 'Report',
  muteAllConfirm: 'Continue',
  submit: 'Submit',
  reportSent: 'Report sent',
  muted: 'Muted',
  categories: {
    sexual: 'Inappropriate or offensive content',
    'sexual-minors': 'Child safety',
    hate: 'Harassment or hate speech',
    violence: 'Inappropriate or offensive content',
    harassment: 'Harassment or hate speech',
    spam: 'Disrupting the meeting',
    other: 'Other',
  } satisfies Record<ReportCategory, string>,
} as const;
