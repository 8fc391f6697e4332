import type { ReplicaLang } from '../replica';
import { en } from './strings-en';
import { fr } from './strings-fr';

/*
 * The client's own chrome, English and French. English wording comes from Microsoft's help pages
 * (platforms-and-anchors.md T1, T2; support.microsoft.com "Manage attendee audio and video
 * permissions", "Lock a meeting", 2025-2026) and from public scrapers (meeting-dom.md §3). Which
 * French strings are sourced and which inferred is listed in NOTES.md.
 */
export interface Strings {
  people: string;
  chat: string;
  more: string;
  leave: string;
  mic: string;
  camera: string;
  share: string;
  profilePicture: (name: string) => string;
  participantsTitle: string;
  attendeesTree: string;
  inThisMeeting: (n: number) => string;
  organizer: string;
  muted: string;
  unmuted: string;
  muteAll: string;
  paneMore: string;
  rowMore: string;
  muteParticipant: string;
  makeAttendee: string;
  makePresenter: string;
  removeFromMeeting: string;
  pinForMe: string;
  lockMeeting: string;
  unlockMeeting: string;
  lockTitle: string;
  unlockTitle: string;
  lockBody: string;
  lock: string;
  unlock: string;
  cancel: string;
  disableMic: string;
  allowMic: string;
  disableCamera: string;
  allowCamera: string;
  muteAllTitle: string;
  muteAllBody: string;
  mute: string;
  lockedBanner: string;
  dismiss: string;
  settings: string;
  meetingOptions: string;
  deviceSettings: string;
  close: string;
  save: string;
  tabs: { lobby: string; audioVideo: string; roles: string; participation: string };
  whoCanBypass: string;
  bypassValues: [string, string, string];
  whoCanPresent: string;
  presentValues: { everyone: string; org: string; specific: string; organizers: string };
  allowMicSwitch: string;
  allowCameraSwitch: string;
  meetingChat: string;
  chatValues: { on: string; off: string; inMeeting: string };
  chatList: string;
  joined: (name: string) => string;
  left: (name: string) => string;
  chatOff: string;
  titleSuffix: string;
  tile: { videoOff: string; muted: string; contextMenu: string; sharing: string };
}

export function stringsFor(lang: ReplicaLang = 'en'): Strings {
  return lang === 'fr' ? fr : en;
}
