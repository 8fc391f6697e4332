/*
 * The client's own chrome, in the words of jitsi/jitsi-meet lang/main.json (English) and
 * lang/main-fr.json (French), read at upstream commit 6549d4723 (2025-12-19). Each field names its
 * i18n key. Where a key is missing from main.json, i18next shows the key itself, and so do we.
 */
import { EN } from './strings-en';
import { FR } from './strings-fr';
import type { ReplicaLang } from '../replica';

export interface Strings {
  // toolbar.* (toolbox buttons; aria-labels come from toolbar.accessibilityLabel.*)
  participantsOpen(count: number): string;
  participantsClose: string;
  chatOpen: string;
  chatClose: string;
  micMute: string;
  cameraStop: string;
  shareScreen: string;
  raiseHand: string;
  tileView: string;
  moreActions: string;
  moreActionsMenu: string;
  hangup: string;
  toolbarHeading: string;
  security: string;
  invite: string;
  videoQuality: string;
  fullScreen: string;
  fullScreenLabel: string;
  settings: string;
  settingsLabel: string;
  // participantsPane.*
  paneTitle: string;
  paneHeading(count: number): string;
  lobbyHeading(count: number): string;
  search: string;
  paneClose: string;
  muteAll: string;
  moreModerationActions: string;
  moreParticipantOptions: string;
  you: string;
  moderator: string;
  mute: string;
  askUnmute: string;
  stopVideo: string;
  stopDesktop: string;
  admit: string;
  reject: string;
  admitAll: string;
  stopEveryonesVideo: string;
  stopEveryonesDesktop: string;
  allow: string;
  audioModeration: string;
  videoModeration: string;
  desktopModeration: string;
  moreModerationControls: string;
  // video-menu (participant context menu)
  muteOthers: string;
  muteOthersLabel: string;
  muteOthersVideo: string;
  muteOthersVideoLabel: string;
  muteOthersDesktop: string;
  muteOthersDesktopLabel: string;
  grantModerator: string;
  grantModeratorLabel: string;
  kick: string;
  privateMessage: string;
  // dialog.*
  cancel: string;
  close: string;
  kickTitle: string;
  kickBody: string;
  kickButton: string;
  muteButton: string;
  muteEveryoneTitle: string;
  muteEveryoneBody: string;
  muteEveryoneBodyModerationOn: string;
  moderationAudioLabel: string;
  muteElseTitle(whom: string): string;
  muteElseBody: string;
  desktopParticipantTitle: string;
  desktopParticipantBody: string;
  desktopParticipantBodyModerationOn: string;
  desktopButton: string;
  desktopEveryoneTitle: string;
  desktopElseTitle(whom: string): string;
  desktopEveryoneBody: string;
  desktopEveryoneBodyModerationOn: string;
  desktopElseBody: string;
  moderationDesktopLabel: string;
  videoEveryoneTitle: string;
  videoEveryoneBody: string;
  videoEveryoneBodyModerationOn: string;
  videoElseTitle(whom: string): string;
  videoElseBody: string;
  moderationVideoLabel: string;
  videoButton: string;
  yourself: string;
  grantTitle: string;
  grantBody(name: string): string;
  yes: string;
  // security dialog
  securityTitle: string;
  lobbyDescription: string;
  lobbyToggle: string;
  passwordAbout: string;
  addPassword: string;
  passwordLabel: string;
  password: string;
  add: string;
  remove: string;
  // notify.*
  joinedOne(name: string): string;
  joinedTwo(first: string, second: string): string;
  joinedMany(name: string): string;
  leftOne(name: string): string;
  leftTwo(first: string, second: string): string;
  leftMany(name: string): string;
  wantsToJoin: string;
  wantToJoin: string;
  waitingPeople(count: number): string;
  viewLobby: string;
  // chat.* and the stage
  chatTitle: string;
  pollsTab: string;
  chatHeaderClose: string;
  says(name: string): string;
  messageBox: string;
  noMessages: string;
  screenName(name: string): string;
  screenSharing: string;
}

export function stringsFor(lang: ReplicaLang | undefined): Strings {
  return lang === 'fr' ? FR : EN;
}
