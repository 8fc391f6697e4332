import type { ReportCategory } from '../../../shared/model/report';
import type { SettingKey } from '../../../shared/model/settings';

/*
 * Zoom's own wording, English then French. English: build 7.2.0 capture (file #71323698638,
 * 2026-10) and Zoom help pages (platforms-and-anchors.md, Zoom notes); [old] = the Security-menu
 * generation (JSX reproduction file #36335233307). French: Zoom's French help pages where they
 * name a control ("Participants", "Sécurité", "salle d'attente", "Signaler"; a tutorial gives
 * "Plus", "Supprimer"), otherwise inferred translations (NOTES.md lists which).
 */
export const L = {
  participantsClosed: ['open the manage participants list pane', 'open the participants list pane', 'ouvrir le volet'],
  rowMenu: {
    remove: ['Remove', 'Supprimer', 'Retirer', 'Exclure'],
    report: ['Report', 'Report...', 'Signaler', 'Signaler...'],
    stopShare: ['Stop Share', 'Stop Sharing', 'Arrêter le partage'],
  },
  removeConfirm: ['Remove', 'Supprimer', 'Retirer', 'Exclure'],
  reportToZoom: ['Report to Zoom', 'Signaler à Zoom'],
  muteAll: ['Mute All', 'Mute all', 'Couper le son de tous', 'Désactiver le son de tous', 'Tout muet'],
  /** 7.2.0 "Continue" (§13.2); older builds "Yes". */
  muteAllConfirm: ['Continue', 'Yes', 'Continuer', 'Oui'],
  /** Host tools pages (§7): the drill-ins, then the Share page's select. */
  participantsPage: ['Participants'],
  advancedPage: ['Advanced', 'Avancé', 'Avancés'],
  sharePage: ['Share', 'Partage', 'Partager'],
  hostToolsForShare: ['Host tools for share', "Outils de l'hôte pour le partage"],
  whoCanShare: ['Who can share?', 'Qui peut partager ?', 'Qui peut partager?'],
  allParticipants: ['All Participants', 'Tous les participants'],
  onlyHost: ['Only Host', 'Host Only', 'Hôte uniquement', "Seul l'hôte"],
  suspend: [
    'Suspend Participant Activities',
    'Suspend participant activities',
    'Suspendre les activités des participants',
  ],
  suspendConfirm: ['Suspend', 'Suspendre'],
  /** Switch rows: 7.2.0 Host tools labels, then the [old] Security menu's items. */
  settings: {
    locked: ['Lock Meeting', 'Lock meeting', 'Verrouiller la réunion'],
    shareAllowed: ['Share Screen', 'Share screen', "Partager l'écran"],
    chatAllowed: ['Chat', 'Converser', 'Discuter'],
    renameAllowed: ['Rename Themselves', 'Rename themselves', 'Se renommer'],
    unmuteAllowed: ['Unmute Themselves', 'Unmute themselves', 'Réactiver leur son', 'Réactiver leur micro'],
  } satisfies Record<SettingKey, readonly string[]>,
  submit: ['Submit', 'Send', 'Envoyer', 'Soumettre'],
  reportSent: ['Your report has been sent.', 'Votre signalement a été envoyé.'],
  /**
   * Report reasons [inferred: no public capture of the web dialog's list]: the first label of a
   * category that the dialog offers is ticked.
   */
  reasons: {
    sexual: ['Nudity or sexual content', 'Inappropriate content', 'Nudité ou contenu sexuel', 'Contenu inapproprié'],
    'sexual-minors': ['Child safety', 'Child sexual exploitation', 'Sécurité des enfants'],
    hate: ['Hate speech', 'Harassment or bullying', 'Discours haineux', 'Harcèlement ou intimidation'],
    violence: [
      'Violent or graphic content',
      'Inappropriate content',
      'Contenu violent ou choquant',
      'Contenu inapproprié',
    ],
    harassment: ['Harassment or bullying', 'Harassment', 'Harcèlement ou intimidation', 'Harcèlement'],
    spam: ['Spam', 'Meeting disruption', 'Disrupting the meeting', 'Perturbation de la réunion'],
    other: ['Other', 'Autre'],
  } satisfies Record<ReportCategory, readonly string[]>,
} as const;

/** Role label words (`.participants-item__name-label`, §1.1): "(Host, me)", "(Co-host)", "(Guest)". */
export const ROLE_WORDS = {
  host: ['host', 'hôte'],
  cohost: ['co-host', 'cohost', 'co-hôte', 'co-animateur', 'coanimateur'],
  self: ['me', 'moi'],
} as const;

/** "You are viewing <Name>'s screen" (§1.3); French [inferred]. The name is what lies between. */
export const SHARE_TIP = [
  /^You are viewing (.+)'s screen/s,
  /^Vous visualisez l'écran de (.+)$/s,
  /^Vous regardez l'écran de (.+)$/s,
];
/** The indicator's own "View Options" button, when its text is read with the tip's (JSX repro). */
export const VIEW_OPTIONS = ['View Options', "Options d'affichage"];

/** A row aria-label ends with ",<audio>,<video>": muted words per language. */
export const AUDIO_MUTED = [/\bmuted$/i, /\bno audio connected$/i, /désactivé$/i];
export const AUDIO_UNMUTED = [/\bunmuted$/i, /(?<!dés)activé$/i];
