import type { ReplicaLang } from '../replica';

/*
 * The client's own chrome in English and French. English is the wording recorded from the live
 * client or Google Help (sources in NOTES.md). French: strings marked [FR sourced] come from
 * Google's French help pages; the others are our translation of the English and are marked
 * [FR inferred] in NOTES.md.
 */
export interface MeetStrings {
  people: string;
  chatWithEveryone: string;
  meetingDetails: string;
  meetingTools: string;
  hostControls: string;
  moreOptions: string;
  leaveCall: string;
  micOff: string;
  cameraOff: string;
  shareScreen: string;
  sidePanel: string;
  close: string;
  addPeople: string;
  searchPeople: string;
  inTheMeeting: string;
  contributors: string;
  inCall: string;
  participantsList: string;
  you: string;
  meetingHost: string;
  coHost: string;
  moreActions: string;
  cantUnmute: string;
  muteMic: (name: string) => string;
  pin: string;
  pairTiles: string;
  dontWatch: string;
  removeFromCall: string;
  removeConfirm: (name: string) => string;
  removeNote: string;
  fillAbuseReport: string;
  block: string;
  cancel: string;
  remove: string;
  presentation: string;
  joined: (name: string) => string;
  left: (name: string) => string;
  presenting: (name: string) => string;
  saysInChat: (name: string, text: string) => string;
  hostControlsIntro: string;
  meetingModeration: string;
  hostManagement: string;
  letEveryone: string;
  shareTheirScreen: string;
  sendChatMessages: string;
  turnOnMicrophone: string;
  turnOnVideo: string;
  meetingAccess: string;
  accessOpen: string;
  accessTrusted: string;
  accessRestricted: string;
  inCallMessages: string;
  letParticipantsSend: string;
  continuousChatOff: string;
  sendMessage: string;
  pinMessage: string;
  reportAbuse: string;
  reportProblem: string;
  settings: string;
  abuseType: string;
  abuserNames: string;
  describeIssue: string;
  videoClip: string;
  report: string;
  abuseTypes: readonly string[];
  admitGuests: (count: number) => string;
  admit: string;
}

const EN: MeetStrings = {
  people: 'People',
  chatWithEveryone: 'Chat with everyone',
  meetingDetails: 'Meeting details',
  meetingTools: 'Meeting tools',
  hostControls: 'Host controls',
  moreOptions: 'More options',
  leaveCall: 'Leave call',
  micOff: 'Turn off microphone',
  cameraOff: 'Turn off camera',
  shareScreen: 'Share screen',
  sidePanel: 'Side panel',
  close: 'Close',
  addPeople: 'Add people',
  searchPeople: 'Search for people',
  inTheMeeting: 'In the meeting',
  contributors: 'Contributors',
  inCall: 'In call',
  participantsList: 'Participants',
  you: '(You)',
  meetingHost: 'Meeting host',
  coHost: 'Co-host',
  moreActions: 'More actions',
  cantUnmute: "You can't unmute someone else",
  muteMic: (name) => `Mute ${name}'s microphone`,
  pin: 'Pin to the screen',
  pairTiles: 'Ask to pair your tiles',
  dontWatch: "Don't watch",
  removeFromCall: 'Remove from the call',
  removeConfirm: (name) => `Remove ${name} from the call?`,
  removeNote: 'You can also fill out an abuse report, or block them from rejoining this meeting.',
  fillAbuseReport: 'Fill out an abuse report',
  block: 'Block',
  cancel: 'Cancel',
  remove: 'Remove',
  presentation: '(Presentation)',
  joined: (name) => `${name} joined`,
  left: (name) => `${name} left`,
  presenting: (name) => `${name} is presenting`,
  saysInChat: (name, text) => `${name} says in chat: ${text}`,
  hostControlsIntro:
    'Use these host settings to keep control of your meeting. Only hosts have access to these controls.',
  meetingModeration: 'Meeting moderation',
  hostManagement: 'Host management',
  letEveryone: 'Let everyone',
  shareTheirScreen: 'Share their screen',
  sendChatMessages: 'Send chat messages',
  turnOnMicrophone: 'Turn on their microphone',
  turnOnVideo: 'Turn on their video',
  meetingAccess: 'Meeting access',
  accessOpen: 'Open',
  accessTrusted: 'Trusted',
  accessRestricted: 'Restricted',
  inCallMessages: 'In-call messages',
  letParticipantsSend: 'Let participants send messages',
  continuousChatOff: 'Continuous chat is OFF',
  sendMessage: 'Send a message',
  pinMessage: 'Pin message',
  reportAbuse: 'Report abuse',
  reportProblem: 'Report a problem',
  settings: 'Settings',
  abuseType: 'Abuse type',
  abuserNames: 'Display names of abusers',
  describeIssue: 'Describe the issue',
  videoClip: 'Share a video clip of the meeting (no audio, up to 1 minute)',
  report: 'Report',
  abuseTypes: [
    'Meeting disruption',
    'Harassment, bullying and threats',
    'Hate speech',
    'Sexually explicit material',
    'Violence',
    'Impersonation',
    'Child sexual abuse and exploitation',
    'Spam',
    'Other',
  ],
  admitGuests: (count) => `Admit ${count} ${count === 1 ? 'guest' : 'people'}`,
  admit: 'Admit',
};

const FR: MeetStrings = {
  people: 'Participants',
  chatWithEveryone: 'Discuter avec tous les participants',
  meetingDetails: 'Informations sur la réunion',
  meetingTools: 'Outils de réunion',
  hostControls: "Commandes de l'organisateur",
  moreOptions: "Plus d'options",
  leaveCall: "Quitter l'appel",
  micOff: 'Désactiver le micro',
  cameraOff: 'Désactiver la caméra',
  shareScreen: "Partager l'écran",
  sidePanel: 'Panneau latéral',
  close: 'Fermer',
  addPeople: 'Ajouter des participants',
  searchPeople: 'Rechercher des participants',
  inTheMeeting: 'Dans la réunion',
  contributors: 'Contributeurs',
  inCall: "Dans l'appel",
  participantsList: 'Participants',
  you: '(Vous)',
  meetingHost: 'Organisateur de la réunion',
  coHost: 'Coorganisateur',
  moreActions: "Plus d'actions",
  cantUnmute: "Vous ne pouvez pas réactiver le micro d'une autre personne",
  muteMic: (name) => `Couper le micro de ${name}`,
  pin: "Épingler à l'écran",
  pairTiles: 'Demander à associer vos vignettes',
  dontWatch: 'Ne pas regarder',
  removeFromCall: "Exclure de l'appel",
  removeConfirm: (name) => `Exclure ${name} de l'appel ?`,
  removeNote: "Vous pouvez aussi remplir un rapport d'abus, ou l'empêcher de rejoindre à nouveau cette réunion.",
  fillAbuseReport: "Remplir un rapport d'abus",
  block: 'Bloquer',
  cancel: 'Annuler',
  remove: 'Exclure',
  presentation: '(Présentation)',
  joined: (name) => `${name} a rejoint l'appel`,
  left: (name) => `${name} a quitté l'appel`,
  presenting: (name) => `${name} présente`,
  saysInChat: (name, text) => `${name} dit dans le chat : ${text}`,
  hostControlsIntro:
    'Utilisez ces paramètres pour garder le contrôle de votre réunion. Seuls les organisateurs y ont accès.',
  meetingModeration: 'Modération de la réunion',
  hostManagement: "Gestion par l'organisateur",
  letEveryone: 'Autoriser tous les participants à',
  shareTheirScreen: 'Partager leur écran',
  sendChatMessages: 'Envoyer des messages dans le chat',
  turnOnMicrophone: 'Activer leur micro',
  turnOnVideo: 'Activer leur vidéo',
  meetingAccess: 'Accès à la réunion',
  accessOpen: 'Ouvert',
  accessTrusted: 'Fiable',
  accessRestricted: 'Restreint',
  inCallMessages: "Messages dans l'appel",
  letParticipantsSend: 'Autoriser les participants à envoyer des messages',
  continuousChatOff: 'Le chat continu est désactivé',
  sendMessage: 'Envoyer un message',
  pinMessage: 'Épingler le message',
  reportAbuse: 'Signaler un abus',
  reportProblem: 'Signaler un problème',
  settings: 'Paramètres',
  abuseType: "Type d'abus",
  abuserNames: 'Noms à afficher des auteurs',
  describeIssue: 'Décrivez le problème',
  videoClip: 'Partager un extrait vidéo de la réunion (sans audio, une minute au plus)',
  report: 'Signaler',
  abuseTypes: [
    'Perturbation de la réunion',
    'Harcèlement, intimidation et menaces',
    'Incitation à la haine',
    'Contenu sexuellement explicite',
    'Violence',
    "Usurpation d'identité",
    "Abus et exploitation sexuels d'enfants",
    'Spam',
    'Autre',
  ],
  admitGuests: (count) => `Accepter ${count} ${count === 1 ? 'invité' : 'personnes'}`,
  admit: 'Accepter',
};

export function stringsFor(lang: ReplicaLang | undefined): MeetStrings {
  return lang === 'fr' ? FR : EN;
}
