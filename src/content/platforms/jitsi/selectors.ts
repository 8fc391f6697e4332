import type { ControlSpec } from '../../kit/controls';

/*
 * Jitsi Meet web, from jitsi/jitsi-meet at 6549d4723 (2025-12-19): tests/pageobjects/*.ts (the
 * project's own stable hooks) and the components named below; meeting-dom.md §4 (2026-11).
 * Class names are tss-react hashes, so only ids, data-testid, aria-labels and the few legacy
 * classes (kicklink, mutedesktoplink, security-dialog) are used. Stable attributes first, English
 * then French labels second. Text is matched only on the client's chrome, never on names.
 */
const spec = (name: string, ...selectors: string[]): ControlSpec => ({ name, selectors });

/** Row ids: `div#participant-item-<endpointId>` (ParticipantItem.tsx); lobby rows share the form. */
export const ROW_PREFIX = 'participant-item-';
/** Thumbnails: `#participant_<id>`; a screenshare is the virtual participant `<ownerId>-v<n>`. */
export const TILE_PREFIX = 'participant_';
export const FOOTER_MENU_PREFIX = 'participants-pane-context-menu';

export const S = {
  // Conference.tsx: the conference page; the toolbox exists only once in the meeting (not prejoin).
  page: spec('page', '#videoconference_page'),
  toolbox: spec('toolbox', '#new-toolbox', '.toolbox-content-items'),
  stage: spec('stage', '#largeVideoContainer', '#videospace', '#largeVideo', '#remoteVideos'),
  subject: spec('subject', '.subject-text--content'),
  // ParticipantsPaneButton.tsx: "Open participants panel. N participants" (the page objects match
  // the prefix "Open participants pane"); French is just "Participants". Then the open state.
  participantsButton: spec(
    'participantsButton',
    '[aria-label^="Open participants pane"]',
    '[role="button"][aria-label="Participants"]',
    'button[aria-label="Participants"]',
    '[aria-label="Close participants pane"]',
    '[aria-label="Fermer le panneau des participants"]',
    '[aria-label^="Ouvrir le panneau des participants"]',
  ),
  participantsOpenButton: spec(
    'participantsOpenButton',
    '[aria-label^="Open participants pane"]',
    '[role="button"][aria-label="Participants"]',
    'button[aria-label="Participants"]',
    '[aria-label^="Ouvrir le panneau des participants"]',
    '[role="menuitem"][aria-label^="Open participants pane"]',
  ),
  pane: spec('pane', '#participants-pane'),
  lobbyList: spec('lobbyList', '#lobby-list'),
  row: spec('row', `[id^="${ROW_PREFIX}"]`),
  // ListItem.tsx: `div.indicators` (hidden on hover), `div.actions` (quick action + ellipsis).
  rowIndicators: spec('rowIndicators', '.indicators', '[class*="indicators"]'),
  rowAudioMuted: spec('rowAudioMuted', '#audioMuted', '[id="audioMuted"]'),
  // The pane footer (ParticipantsPane.tsx / FooterContextMenu.tsx).
  footerMore: spec('footerMore', `#${FOOTER_MENU_PREFIX}`),
  footerItems: spec('footerItems', `[id^="${FOOTER_MENU_PREFIX}-"][id$="-moderation"]`),
  // Dialog.tsx: role=dialog labelled by its title; OK and close by id.
  dialog: spec('dialog', '[role="dialog"]'),
  dialogOk: spec('dialogOk', '#modal-dialog-ok-button'),
  dialogClose: spec('dialogClose', '#modal-header-close-button'),
  // Toolbox: "More actions" opens `#overflow-context-menu`; Security options may be in either.
  overflowButton: spec(
    'overflowButton',
    '[aria-label="More actions"]',
    `[aria-label="Activer / Désactiver le menu d'actions supplémentaires"]`,
  ),
  overflowMenu: spec(
    'overflowMenu',
    '#overflow-context-menu',
    '[aria-label="More actions menu"]',
    `[aria-label="Menu d'actions supplémentaires"]`,
  ),
  securityButton: spec('securityButton', '[aria-label="Security options"]', '[aria-label="Options de sécurité"]'),
  // SecurityDialog.tsx / LobbySection.tsx (tests/pageobjects/SecurityDialog.ts).
  securityDialog: spec('securityDialog', '.security-dialog'),
  lobbySwitch: spec('lobbySwitch', '#lobby-section-switch'),
  // Stage: StageParticipantNameLabel.tsx; ScreenShareIndicator.tsx (`svg#share-desktop`).
  stageName: spec('stageName', '[data-testid="stage-display-name"]'),
  shareIndicator: spec('shareIndicator', '#share-desktop'),
  // LargeVideo.web.tsx: the stage that shows the dominant speaker or the screenshare.
  largeVideo: spec('largeVideo', '#largeVideoContainer'),
  // Chat.tsx / MessageContainer.tsx / ChatMessage.tsx (tests/pageobjects/ChatPanel.ts).
  chat: spec('chat', '#chatconversation'),
  chatButton: spec(
    'chatButton',
    '[aria-label="Open chat"]',
    '[aria-label="Close chat"]',
    '[aria-label="Ouvrir le chat"]',
  ),
  chatMessage: spec('chatMessage', '.chatmessage'),
} as const;

/** Per-participant hooks (ParticipantActionEllipsis.tsx, ParticipantQuickAction.tsx, KickButton.tsx). */
export const ROW_HOOKS = {
  more: (id: string) => `[data-testid="participant-more-options-${CSS.escape(id)}"]`,
  anyMore: '[data-testid^="participant-more-options-"]',
  quickStopDesktop: (id: string) => `[data-testid="mute-desktop-${CSS.escape(id)}"]`,
  kick: (id: string) => `[id="ejectlink_${CSS.escape(id)}"]`,
  kickClass: '.kicklink',
  stopDesktopClass: '.mutedesktoplink',
  menuItem: '[role="menuitem"]',
} as const;

/** The client's own words (lang/main.json, lang/main-fr.json at 6549d4723). */
export const LABELS = {
  you: ['you', 'vous'], // chat.you, shown as "\u00a0(you)"
  moderator: ['Moderator', 'Modérateur'], // videothumbnail.moderator
  moreParticipantOptions: ['More participant options', 'Options supplémentaires pour les participants'],
  kick: ['Kick out', 'Exclure'], // videothumbnail.kick
  kickTitle: ['Kick this participant?', 'Expulser ce participant ?'], // dialog.kickParticipantTitle
  kickConfirm: ['Kick', 'Expulser'], // dialog.kickParticipantButton
  stopDesktop: ['Stop screen sharing', "Arrêter le partage d'écran"], // participantsPane.actions.stopDesktop
  stopDesktopTitle: ['Disable screen-share of this participant?', "Désactiver le partage d'écran de ce participant ?"],
  stopDesktopConfirm: ['Stop screen sharing', "Arrêter le partage d'écran"], // dialog.muteParticipantsDesktopButton
  muteAll: ['Mute all', 'Couper le micro de tout le monde'], // participantsPane.actions.muteAll
  // Older layouts and other builds: "Mute everyone" (toolbar.muteEveryone), "Mute everyone else".
  muteAllOther: [
    'Mute everyone',
    'Mute everyone else',
    'Couper le micro à tout le monde',
    'Couper le micro de tous les autres',
  ],
  muteAllTitle: [
    'Mute everyone?',
    'Couper le micro de tout le monde ?',
    'Mute everyone except yourself?',
    'Couper le micro de tout le monde sauf de vous ?',
  ],
  muteConfirm: ['Mute', 'Couper le micro'], // dialog.muteParticipantButton
  security: ['Security options', 'Options de sécurité'], // toolbar.accessibilityLabel.security
  moreModerationActions: ['More moderation options', 'Options de modération supplémentaires'],
  // screenshareDisplayName: "{{name}}'s screen" / "Écran {{name}}" (the stage label of a share).
  screenName: [/^(.+)'s screen$/s, /^Écran (.+)$/s],
} as const;

/** A dialog about everyone ("Stop everyone's screen share?"): never the confirm for one person. */
export const EVERYONE_DIALOG = /everyone|tout le monde/i;
