import type { ReplicaRole, ReplicaState } from '../replica';
import { HOST_NAME, mriFor, upnFor } from './names';

/*
 * The meeting as Teams holds it. Teams roles are organizer (co-organizers show as organizers in
 * the roster), presenter and attendee; attendees cannot share (platforms-and-anchors.md T2).
 * Settings are the in-meeting ones Microsoft documents: lock (T1), "Who can present?", "Allow
 * mic for attendees", "Allow camera for attendees", "Meeting chat" On / Off / In-meeting only.
 */
export type TeamsRole = 'organizer' | 'presenter' | 'attendee';
export type WhoCanPresent = 'everyone' | 'org' | 'specific' | 'organizers';
export type ChatMode = 'on' | 'off' | 'inMeeting';

export interface Person {
  id: string;
  name: string;
  role: ReplicaRole;
  teamsRole: TeamsRole;
  self: boolean;
  sharing: boolean;
  muted: boolean;
  /** Work address (tile data-tid) and user id (roster avatar element id). */
  upn: string;
  mri: string;
}

export interface MeetingSettings {
  locked: boolean;
  whoCanPresent: WhoCanPresent;
  allowMic: boolean;
  allowCamera: boolean;
  chat: ChatMode;
  bypass: number;
}

export type ChatItem =
  | { kind: 'message'; id: string; authorId: string; author: string; text: string }
  | { kind: 'control'; id: string; text: string };

export class Meeting {
  people: Person[] = [];
  removed: ReplicaState['removed'] = [];
  chat: ChatItem[] = [];
  settings: MeetingSettings = {
    locked: false,
    whoCanPresent: 'everyone',
    allowMic: true,
    allowCamera: true,
    chat: 'on',
    bypass: 1,
  };
  private seq = 0;
  private listeners = new Set<() => void>();

  constructor() {
    this.add(HOST_NAME, 'host', true);
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  changed(): void {
    for (const fn of this.listeners) fn();
  }

  add(name: string, role: ReplicaRole, self = false): Person {
    const n = this.seq++;
    const teamsRole: TeamsRole =
      role !== 'participant' ? 'organizer' : this.settings.whoCanPresent === 'organizers' ? 'attendee' : 'presenter';
    const person: Person = {
      id: `p${n}`,
      name,
      role,
      teamsRole,
      self,
      sharing: false,
      muted: self ? false : n % 2 === 1 || !this.settings.allowMic,
      upn: upnFor(name, n),
      mri: mriFor(n),
    };
    this.people.push(person);
    return person;
  }

  find(id: string): Person | undefined {
    return this.people.find((p) => p.id === id);
  }

  sharer(): Person | undefined {
    return this.people.find((p) => p.sharing);
  }

  nextChatId(): string {
    return `${Date.now()}${(this.seq++).toString().padStart(4, '0')}`;
  }

  control(text: string): void {
    this.chat.push({ kind: 'control', id: this.nextChatId(), text });
  }

  /** Settings as Hostguard's model names them; Teams has no rename control. */
  hostguardSettings(): ReplicaState['settings'] {
    return {
      locked: this.settings.locked,
      shareAllowed: this.settings.whoCanPresent !== 'organizers',
      chatAllowed: this.settings.chat !== 'off',
      unmuteAllowed: this.settings.allowMic,
    };
  }

  state(): ReplicaState {
    return {
      participants: this.people.map(({ id, name, role, self, sharing, muted }) => ({
        id,
        name,
        role,
        self,
        sharing,
        muted,
      })),
      removed: this.removed.map((r) => ({ ...r })),
      settings: this.hostguardSettings(),
      reports: [],
    };
  }
}
