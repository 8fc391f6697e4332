export type Role = 'host' | 'cohost' | 'participant';

export interface Participant {
  /** The client's row key: stable for this page load, never shown. */
  readonly id: string;
  /**
   * Who is really behind the row (account/device). A removed participant who rejoins under a
   * new name gets a new row id but keeps the device, which is how "Don't allow to rejoin" works.
   */
  readonly device: string;
  readonly name: string;
  readonly role: Role;
  readonly self: boolean;
  readonly muted: boolean;
}

/** `true` opens an activity to participants; `locked` closes the door. */
export interface Settings {
  readonly locked: boolean;
  readonly shareAllowed: boolean;
  readonly chatAllowed: boolean;
  readonly renameAllowed: boolean;
  readonly unmuteAllowed: boolean;
}
export type SettingName = keyof Settings;

/** The activities "Suspend participant activities" turns off; re-enabling any ends suspension. */
export const ACTIVITIES = ['shareAllowed', 'chatAllowed', 'renameAllowed', 'unmuteAllowed'] as const;

export interface ChatMessage {
  readonly id: string;
  readonly senderId: string;
  readonly name: string;
  readonly text: string;
}

export interface MeetingState {
  /** Client order: self, then host/co-hosts, then everyone else, newest last. */
  readonly participants: readonly Participant[];
  readonly sharerId: string | null;
  readonly settings: Settings;
  readonly suspended: boolean;
  /** Set by "Mute all": new participants join muted. */
  readonly muteOnEntry: boolean;
  readonly chat: readonly ChatMessage[];
}

/** A badly configured meeting, as the raids found them: everything open to participants. */
export const OPEN_SETTINGS: Settings = Object.freeze({
  locked: false,
  shareAllowed: true,
  chatAllowed: true,
  renameAllowed: true,
  unmuteAllowed: true,
});

export const isModerator = (p: Pick<Participant, 'role'>): boolean => p.role !== 'participant';
