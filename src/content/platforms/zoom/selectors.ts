import type { ControlSpec } from '../../kit/controls';

/*
 * Zoom web client (app.zoom.us/wc/…), as documented in meeting-dom.md §1 (build 7.2.0 capture
 * file #71323698638, 2026-10; 1-800-operator live probes; older Web SDK / Security-button builds
 * marked [old]). Class names are readable BEM and stable for years (§1.0), so they lead; ids
 * and ARIA follow; text only ever matches Zoom's own chrome (labels.ts), never a display name.
 * Zoom's typos are kept verbatim: "particpants", `particpant-header__close-right`, `__buttom-button`.
 */
const spec = (name: string, ...selectors: string[]): ControlSpec => ({ name, selectors });

/** One roster row (7.2.0 `div`, older `li`; both `.item-pos.participants-li`, meeting-dom.md §1.1). */
export const ROW = '.participants-li';

export const S = {
  /** The meeting client itself: present only in the document that renders it, not the shell. */
  client: spec('client', '#wc-content', '#meeting-app .meeting-client', '.meeting-client-inner'),
  stage: spec('stage', '#wc-container-left', '#wc-content'),
  toolbar: spec('toolbar', 'footer#wc-footer', '#foot-bar', '.footer__inner'),
  /** Meeting topic: header pill title (§4.1), else the chat header's topic (operator 4b). */
  topic: spec('topic', '#meeting-info-indication .meeting-info-icon__title', '.chat-header__meeting-topic'),

  /** aria embeds the count: 7.2.0 "open the manage participants list pane,1 particpants"; older "[2]". */
  participantsButton: spec(
    'participantsButton',
    'button[aria-label*="participants list pane"]',
    'button[aria-label*="manage participants"]',
    '#participant button.footer-button__button',
    'button[aria-label*="liste des participants"]',
  ),
  /** [old] The icon whose grand-parent is the button (Selenium driver, file #5683794158). */
  participantsIcon: spec('participantsIcon', '.footer-button__participants-icon'),
  participantCounter: spec('participantCounter', '.footer-button__number-counter'),
  participantsPanel: spec('participantsPanel', '.participants-section-container'),
  /** "Participants (N)" (operator 4d: `span[aria-label="Participants (2)"]`). */
  panelTitle: spec(
    'panelTitle',
    '.participants-section-container span[aria-label^="Participants ("]',
    '.participants-header__title span[aria-label]',
    '.participants-section-container .panel-shell-header__title',
  ),
  roster: spec(
    'roster',
    '#participants-unified-list',
    '#participants-ul',
    '[role="list"][aria-label="Participants list"]',
    '[role="list"][aria-label="Liste des participants"]',
    '.participants-section-container .participants-list-container',
    '.participants-section-container ul.participants-ul',
  ),
  rowName: spec('rowName', '.participants-item__display-name'),
  rowRole: spec('rowRole', '.participants-item__name-label'),
  /** 7.2.0 "…" icon button titled "More options" (§8.3); older hover pill "More" (§1.1). */
  rowMore: spec(
    'rowMore',
    'button[aria-label="More options"]',
    'button[title="More options"]',
    'button[aria-label="Plus d\'options"]',
    'button[title="Plus d\'options"]',
    '.participants-item__right-section--icons button:last-of-type',
    '.participants-item__right-section--buttons button:last-of-type',
  ),
  /** The row menu portal (§8.4): `.new-dropdown-menu`, items `.zmu-portal-dropdown__menu-item > button`. */
  rowMenu: spec('rowMenu', '.new-dropdown-menu', '.zmu-portal-dropdown [role="menu"]'),
  panelFooter: spec(
    'panelFooter',
    '.participants-section-container__participants-footer-bottom',
    '.participants-section-container__participants-footer',
  ),

  dialog: spec('dialog', '.ReactModal__Content[role="dialog"]', '[role="dialog"].zm-modal', '[role="dialog"]'),

  /** 7.2.0 Host tools (§1.2, §5.3) and its right panel; [old] the Security button and menu. */
  hostToolsButton: spec('hostToolsButton', 'button[aria-label="Host tools"]', 'button[aria-label="Outils de l\'hôte"]'),
  hostToolsPanel: spec('hostToolsPanel', '.host-tools-panel'),
  hostToolsTitle: spec(
    'hostToolsTitle',
    '.host-tools-panel .panel-shell-header__title',
    '.host-tools-panel__shell-header',
  ),
  hostToolsBack: spec(
    'hostToolsBack',
    '.host-tools-panel .panel-shell-header__back',
    '.host-tools-panel button[aria-label="Back"]',
  ),
  hostToolsRow: spec('hostToolsRow', '.host-tools-panel__row'),
  hostToolsMenuButton: spec('hostToolsMenuButton', '.host-tools-panel__menu-button'),
  shareCaret: spec(
    'shareCaret',
    'button[aria-label="Host tools for share"]',
    'button[aria-label="Outils de l\'hôte pour le partage"]',
  ),
  securityButton: spec('securityButton', '#securityOptionMenu', 'button[aria-label="more security options"]'),
  securityMenu: spec('securityMenu', '.security-option-menu__pop-menu', '[aria-labelledby="securityOptionMenu"]'),

  /** Someone else's share: the indicator "You are viewing <Name>'s screen" (§1.3). */
  shareView: spec('shareView', '#sharee-container', '.sharee-container', '.sharing-layout'),
  shareTip: spec(
    'shareTip',
    '.sharee-sharing-indicator__tip',
    '.sharee-container__indicator',
    '.sharee-container__viewing-status',
  ),

  toasts: spec('toasts', '#notificationManager .notification-message-wrap', '.notification-message-wrap'),

  chatButton: spec(
    'chatButton',
    'button[aria-label="open the chat panel"]',
    'button[aria-label="close the chat panel"]',
    '#chat button',
  ),
  /** Chat (operator 4b): the message list and one message row with a durable `data-id`. */
  chatList: spec(
    'chatList',
    '.chat-container__chat-list [aria-label="Chat Message List"]',
    '.chat-item__chat-info',
    '.chat-container__chat-list',
  ),
  chatMessage: spec('chatMessage', '.chat-item-container[data-id]'),
  chatSender: spec('chatSender', '.chat-item__sender'),
  chatText: spec('chatText', '.chat-rtf-box__display', '.new-chat-message__text-content'),
} as const;
