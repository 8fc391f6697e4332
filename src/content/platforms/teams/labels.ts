/*
 * Teams' own chrome in every language the adapter reads. English is Microsoft's documented
 * wording (support.microsoft.com "Lock a meeting in Microsoft Teams", "Manage attendee audio and
 * video permissions", "Roles in a Teams meeting", 2021-2026); where Microsoft's pages disagree
 * across versions, every documented variant is listed. French: see NOTES.md for what is sourced.
 * Matching is exact (trimmed, case-insensitive) against a control's aria-label or text.
 */
export const LABELS = {
  people: ['People', 'Participants', 'Show participants', 'Contacts', 'Afficher les participants'],
  organizer: ['Organizer', 'Organiser', 'Co-organizer', 'Organisateur', 'Organisatrice', 'Co-organisateur'],
  muted: ['Muted', 'Mic off', 'Microphone off', 'Micro désactivé', 'Muet'],
  rowMore: ['More options', 'More actions', "Plus d'options", 'Autres options', 'Autres actions'],
  paneMore: ['More actions', 'More options', 'Autres actions', "Plus d'options", "Plus d'actions"],
  profilePicture: [/^Profile picture of (.+?)\.?$/, /^Image de profil de (.+?)\.?$/, /^Photo de profil de (.+?)\.?$/],

  makeAttendee: ['Make an attendee', 'Make attendee', 'Activer comme participant', 'Désigner comme participant'],
  removeFromMeeting: ['Remove from meeting', 'Remove participant', 'Supprimer de la réunion', 'Retirer de la réunion'],
  removeConfirm: ['Remove', 'Supprimer', 'Retirer'],

  muteAll: ['Mute all', 'Mute all participants', 'Couper le son de tous', 'Désactiver le micro de tous'],
  muteAllConfirm: ['Mute', 'Mute all', 'Couper le son', 'Désactiver le son', 'Couper le son de tous'],

  lockMeeting: ['Lock the meeting', 'Lock meeting', 'Verrouiller la réunion'],
  unlockMeeting: ['Unlock the meeting', 'Unlock meeting', 'Déverrouiller la réunion'],
  lockConfirm: ['Lock', 'Verrouiller'],
  unlockConfirm: ['Unlock', 'Déverrouiller'],
  disableMic: [
    'Disable mic for attendees',
    "Don't allow attendees to unmute",
    'Désactiver le micro pour les participants',
    'Ne pas autoriser les participants à réactiver leur micro',
  ],
  allowMic: [
    'Allow mic for attendees',
    'Allow attendees to unmute',
    'Autoriser le micro pour les participants',
    'Autoriser les participants à réactiver leur micro',
  ],

  settings: ['Settings', 'Paramètres'],
  meetingOptions: ['Meeting options', 'Options de réunion'],
  save: ['Save', 'Enregistrer'],
  /** Meeting options fields and their values. */
  whoCanPresent: ['Who can present?', 'Who can present', 'Qui peut présenter ?', 'Qui peut présenter?'],
  presentEveryone: ['Everyone', 'Tout le monde'],
  presentOrganizers: [
    'Only me and co-organizers',
    'Only organizers and co-organizers',
    'Only me',
    'Organisateurs et co-organisateurs uniquement',
    'Moi et les co-organisateurs uniquement',
    'Moi uniquement',
  ],
  meetingChat: [
    'Meeting chat',
    'Allow meeting chat',
    'Conversation de réunion',
    'Autoriser la conversation de réunion',
  ],
  chatOn: ['On', 'Enabled', 'Activé', 'Activée'],
  chatOff: ['Off', 'Disabled', 'Désactivé', 'Désactivée'],
  chatInMeeting: ['In-meeting only', 'En réunion uniquement', 'Pendant la réunion uniquement'],
  /** Meeting options categories that hold each field (MS help pages; French inferred). */
  tabRoles: ['Roles', 'Rôles'],
  tabParticipation: ['Participation', 'Meeting engagement', 'Engagement', 'Engagement lors de la réunion'],
  tabAudioVideo: ['Audio & video', 'Audio and video', 'Audio et vidéo', 'Audio & vidéo'],
  allowMicSwitch: ['Allow mic for attendees', 'Allow mic for attendees?', 'Autoriser le micro pour les participants'],
} as const;
