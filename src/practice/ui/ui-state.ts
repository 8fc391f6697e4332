/** Which popup is open. One at a time, like the real client: opening one closes the other. */
export type OpenMenu =
  { kind: 'security'; trigger: HTMLElement } | { kind: 'row'; participantId: string; trigger: HTMLElement } | null;

export type OpenDialog =
  | { kind: 'remove'; participantId: string }
  | { kind: 'report'; participantId: string }
  | { kind: 'mute-all' }
  | { kind: 'suspend' }
  | null;

export interface Panels {
  participants: boolean;
  chat: boolean;
}
