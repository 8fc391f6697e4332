import type { ReplicaParticipant, ReplicaRole, ReplicaState } from '../replica';

/*
 * The meeting as Meet's servers hold it, seen from the host's seat. Views subscribe and redraw
 * what changed; nothing here touches the DOM.
 */

/** Meet's access types (Google Meet REST v2 `accessType`, Help "Open / Trusted / Restricted", 2023). */
export type AccessType = 'open' | 'trusted' | 'restricted';

export interface HostSettings {
  hostManagement: boolean;
  shareAllowed: boolean;
  chatAllowed: boolean;
  /** "Turn on their microphone" (audio lock). */
  unmuteAllowed: boolean;
  /** "Turn on their video" (video lock). */
  videoAllowed: boolean;
  access: AccessType;
}

export interface ChatMessage {
  id: string;
  senderId: string;
  senderName: string;
  text: string;
  at: Date;
}

export type Change =
  | { kind: 'joined' | 'left' | 'renamed' | 'muted' | 'role'; person: ReplicaParticipant }
  | { kind: 'share'; person: ReplicaParticipant; on: boolean }
  | { kind: 'settings' }
  | { kind: 'chat'; message: ChatMessage }
  | { kind: 'knocking' };

export const isModeratorRole = (role: ReplicaRole): boolean => role === 'host' || role === 'cohost';

export class MeetModel {
  readonly people: ReplicaParticipant[] = [];
  readonly knocking: { id: string; name: string; role: ReplicaRole }[] = [];
  readonly removed: ReplicaState['removed'] = [];
  readonly reports: ReplicaState['reports'] = [];
  readonly chat: ChatMessage[] = [];
  /** Blocked from rejoining this meeting code (Help 9303164: "Block", same meeting code only). */
  readonly blockedNames = new Set<string>();
  /** A presentation is its own device in the call (its own row and tile), keyed by presenter id. */
  readonly presentationIds = new Map<string, string>();
  settings: HostSettings = {
    hostManagement: true,
    shareAllowed: true,
    chatAllowed: true,
    unmuteAllowed: true,
    videoAllowed: true,
    access: 'trusted',
  };
  private readonly listeners = new Set<(change: Change) => void>();
  private nextDevice = 1;
  private nextMessage = 1;

  constructor(private readonly space: string) {}

  subscribe(listener: (change: Change) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: Change): void {
    for (const listener of this.listeners) listener(change);
  }

  /** Meet's participant ids look like `spaces/<space>/devices/<n>` (meeting-dom.md §2.1). */
  newId(): string {
    return `spaces/${this.space}/devices/${this.nextDevice++}`;
  }

  find(id: string): ReplicaParticipant | undefined {
    return this.people.find((person) => person.id === id);
  }

  add(name: string, role: ReplicaRole, self = false, id = this.newId()): ReplicaParticipant {
    const person: ReplicaParticipant = { id, name, role, self, sharing: false, muted: !this.settings.unmuteAllowed };
    this.people.push(person);
    this.emit({ kind: 'joined', person });
    return person;
  }

  drop(id: string): ReplicaParticipant | undefined {
    const index = this.people.findIndex((person) => person.id === id);
    if (index < 0) return undefined;
    const [person] = this.people.splice(index, 1);
    if (person!.sharing) this.setSharing(person!, false);
    this.emit({ kind: 'left', person: person! });
    return person;
  }

  setSharing(person: ReplicaParticipant, on: boolean): void {
    if (person.sharing === on) return;
    person.sharing = on;
    if (on) this.presentationIds.set(person.id, this.newId());
    this.emit({ kind: 'share', person, on });
    if (!on) this.presentationIds.delete(person.id);
  }

  setMuted(person: ReplicaParticipant, muted: boolean): void {
    if (person.muted === muted) return;
    person.muted = muted;
    this.emit({ kind: 'muted', person });
  }

  addMessage(author: ReplicaParticipant, text: string): ChatMessage {
    const message = {
      id: `m${this.nextMessage++}`,
      senderId: author.id,
      senderName: author.name,
      text,
      at: new Date(),
    };
    this.chat.push(message);
    this.emit({ kind: 'chat', message });
    return message;
  }

  state(): ReplicaState {
    return {
      participants: this.people.map((person) => ({ ...person })),
      removed: this.removed.map((entry) => ({ ...entry })),
      settings: {
        locked: this.settings.access === 'restricted',
        shareAllowed: this.settings.shareAllowed,
        chatAllowed: this.settings.chatAllowed,
        unmuteAllowed: this.settings.unmuteAllowed,
      },
      reports: this.reports.map((entry) => ({ ...entry })),
    };
  }
}
