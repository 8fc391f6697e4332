import type { ControlSpec } from '../../kit/controls';
import type { ReportCategory } from '../../../shared/model/report';

/*
 * Google Meet (meet.google.com), as documented in meeting-dom.md §2 (sources dated 2025-11 to
 * 2026-10). Class names are obfuscated and rotate (§2.0): none is used here. Order of trust:
 * roles + aria-labels, then jsname / jscontroller (opaque but longer-lived), then data-* ids.
 * Labels are the client's own chrome in English and French, never participants' names.
 */
const spec = (name: string, ...selectors: string[]): ControlSpec => ({ name, selectors });

/** Meet's participant key (`spaces/<space>/devices/<n>`); contested in 2025, so optional (§2.1). */
export const PARTICIPANT_KEY = 'data-participant-id';
export const MESSAGE_KEY = 'data-message-id';

/** Icon fonts whose ligature text ("mic_off", "more_vert") is never a name (§2.0). */
export const ICON_CLASSES = /(^|\s)(google-material-icons|google-symbols|material-icons|material-symbols[\w-]*)(\s|$)/;

export const L = {
  people: ['People', 'Show everyone', 'Participants'],
  leaveCall: ['Leave call', "Quitter l'appel"],
  hostControls: ['Host controls', "Commandes de l'organisateur"],
  chat: ['Chat with everyone', 'Discuter avec tous les participants'],
  sideButtons: ['Meeting details', 'Meeting tools', 'Informations sur la réunion', 'Outils de réunion'],
  joinButtons: ['Join now', 'Ask to join', 'Participer', 'Demander à participer'],
  participantsList: ['Participants'],
  inCall: ['In call', "Dans l'appel"],
  moreActions: ['More actions', "Plus d'actions"],
  moreOptions: ['More options', "Plus d'options"],
  removeFromCall: ['Remove from the call', "Exclure de l'appel"],
  remove: ['Remove', 'Exclure'],
  block: ['Block', 'Bloquer'],
  reportAbuse: ['Report abuse', 'Signaler un abus'],
  report: ['Report', 'Submit', 'Signaler', 'Envoyer'],
  you: ['(You)', '(Vous)'],
  host: ['Meeting host', 'Organisateur de la réunion'],
  cohost: ['Co-host', 'Cohost', 'Coorganisateur', 'Co-organisateur'],
  presentationSuffix: ['(Presentation)', '(Présentation)'],
  ownPresentation: ['Your presentation', 'Votre présentation'],
  presentationGlyphs: ['present_to_all', 'screen_share', 'computer_arrow_up'],
  hostManagement: ['Host management', "Gestion par l'organisateur"],
  shareAllowed: ['Share their screen', 'Partager leur écran'],
  chatAllowed: ['Send chat messages', 'Envoyer des messages dans le chat'],
  chatPanelSwitch: ['Let participants send messages', 'Autoriser les participants à envoyer des messages'],
  unmuteAllowed: ['Turn on their microphone', 'Activer leur micro'],
  accessRestricted: ['Restricted', 'Restreint'],
  accessTrusted: ['Trusted', 'Fiable'],
  accessOpen: ['Open', 'Ouvert'],
  abuseType: ['Abuse type', "Type d'abus"],
  abuserNames: ['Display names of abusers', 'Noms à afficher des auteurs'],
  describeIssue: ['Describe the issue', 'Décrivez le problème'],
} as const;

/** A person's mic button in their row (engagium 2025-11): presentations have none. */
export const MIC_BUTTON = [
  /^You can't unmute someone else$/,
  /^Mute .+'s microphone$/s,
  /^Vous ne pouvez pas réactiver le micro/,
  /^Couper le micro de /,
];

/** "Remove <Name> from the call?" (file #57758765896); FR [inferred] "Exclure <Name> de l'appel ?". */
export const REMOVE_CONFIRM = [/^Remove (.+) from the call\?$/s, /^Exclure (.+) de l'appel\s?\?$/s];

const any = (attribute: string, labels: readonly string[], tag = 'button') =>
  labels.map((label) => `${tag}[${attribute}="${label.replace(/"/g, '\\"')}"]`);

export const S = {
  /** "People" (2024-26), "People - 3 joined" (engagium), older "Show everyone" (Vexa); FR "Participants". */
  peopleButton: spec(
    'peopleButton',
    'button[aria-label="People"]',
    'button[aria-label^="People"]',
    'button[aria-label="Show everyone"]',
    'button[aria-label="Participants"]',
    'button[aria-label^="Participants"]',
  ),
  leaveCall: spec('leaveCall', ...any('aria-label', L.leaveCall)),
  hostControlsButton: spec('hostControlsButton', ...any('aria-label', L.hostControls)),
  chatButton: spec('chatButton', ...any('aria-label', L.chat)),
  moreOptionsButton: spec('moreOptionsButton', ...any('aria-label', L.moreOptions)),
  sidePanel: spec('sidePanel', '[role="complementary"]'),
  /** `list "Participants"` inside `region "In call"` (engagium 2025-11; file #57758765896). */
  roster: spec(
    'roster',
    '[role="list"][aria-label="Participants"]',
    ...L.inCall.map((label) => `[role="region"][aria-label="${label.replace(/"/g, '\\"')}"] [role="list"]`),
  ),
  row: spec('row', '[role="listitem"]'),
  /** `button[jsname=YEvVxd][aria-label="More actions"][aria-haspopup=menu]` (file #57758765896). */
  rowMore: spec(
    'rowMore',
    ...any('aria-label', L.moreActions),
    'button[jsname="YEvVxd"]',
    'button[aria-haspopup="menu"]',
  ),
  menu: spec('menu', '[role="menu"]'),
  menuItem: spec('menuItem', '[role="menuitem"]'),
  stage: spec('stage', '[role="main"]', '[jsname="BOHaEe"]'),
  switch: spec('switch', '[role="switch"]', 'input[type="checkbox"][role="switch"]'),
  dialog: spec('dialog', '[role="dialog"]', '[role="alertdialog"]'),
  /** Chat messages: `[data-message-id]` with the text in `[jsname=dTKtvb]` (file #28447765251, 2026). */
  chatMessage: spec('chatMessage', `[${MESSAGE_KEY}]`),
  chatText: spec('chatText', '[jsname="dTKtvb"]'),
  chatList: spec('chatList', '[jsname="xySENc"]', '[role="complementary"] [aria-live]'),
} as const;

/** Report abuse types (Help 10212037 + Meet AUP) that fit each of our categories, EN then FR. */
export const ABUSE_TYPES: Record<ReportCategory, readonly RegExp[]> = {
  sexual: [/sexually explicit|offensive/i, /sexuellement|offensant/i],
  'sexual-minors': [/child/i, /enfant/i],
  hate: [/hate|harass/i, /haine|harcèlement/i],
  violence: [/violen|offensive/i, /violence|offensant/i],
  harassment: [/harass|bully|hate/i, /harcèlement|haine/i],
  spam: [/spam|disrupt/i, /spam|perturbation/i],
  other: [/^other$/i, /^autre$/i],
};
