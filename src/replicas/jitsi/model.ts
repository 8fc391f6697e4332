/*
 * The meeting as the Jitsi client's redux store holds it (features/base/participants, av-moderation,
 * lobby, chat), reduced to what the host's view shows. Views subscribe and re-render from it.
 */
import type { ReplicaRole, ReplicaState } from '../replica';

/** One conference participant, keyed by its endpoint id (the `participant-item-<id>` suffix). */
export interface Person {
  id: string;
  name: string;
  /** Jitsi has one elevated role: moderator ("Moderator" label). The host is a moderator. */
  moderator: boolean;
  self: boolean;
  audioMuted: boolean;
  videoMuted: boolean;
  /** Has an unmuted screen-share track (a virtual `<id>-v1` participant in multi-stream mode). */
  sharing: boolean;
}

export interface ChatLine {
  id: string;
  senderId: string;
  /** The sender's name when the message arrived (Jitsi stores it on the message). */
  name: string;
  text: string;
  at: Date;
}

/** AV moderation per media type, `true` = on (non-moderators must ask). av-moderation/reducer.ts. */
export interface Moderation {
  audio: boolean;
  video: boolean;
  desktop: boolean;
}

export type Change = 'roster' | 'person' | 'share' | 'moderation' | 'lobby' | 'chat' | 'ui';

export class JitsiModel {
  readonly people = new Map<string, Person>();
  /** Knocking in the lobby: shown in `#lobby-list`, not in the meeting. */
  knocking: Person[] = [];
  chat: ChatLine[] = [];
  removed: ReplicaState['removed'] = [];
  lobbyEnabled = false;
  password = '';
  moderation: Moderation = { audio: false, video: false, desktop: false };
  private readonly listeners = new Set<(change: Change, id?: string) => void>();

  subscribe(listener: (change: Change, id?: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: Change, id?: string): void {
    for (const listener of [...this.listeners]) listener(change, id);
  }

  self(): Person {
    for (const person of this.people.values()) if (person.self) return person;
    throw new Error('the replica always has its host');
  }

  remotes(): Person[] {
    return [...this.people.values()].filter((person) => !person.self);
  }

  /**
   * Pane order (participants-pane/functions.ts getSortedParticipantIds): self first, then remote
   * participants sorted by display name with localeCompare (base/participants/reducer.ts).
   */
  sorted(): Person[] {
    const remotes = this.remotes().sort((a, b) => a.name.localeCompare(b.name));
    return [this.self(), ...remotes];
  }

  /** Who is sharing, in the order the stage shows them (screenshares sorted by owner name). */
  sharers(): Person[] {
    return this.remotes()
      .filter((person) => person.sharing)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  update(id: string, patch: Partial<Omit<Person, 'id' | 'self'>>): void {
    const person = this.people.get(id);
    if (!person) return;
    const sharingBefore = person.sharing;
    Object.assign(person, patch);
    this.emit(patch.name !== undefined ? 'roster' : 'person', id);
    if (person.sharing !== sharingBefore) this.emit('share', id);
  }

  state(): ReplicaState {
    return {
      participants: this.sorted().map((person) => ({
        id: person.id,
        name: person.name,
        role: roleOf(person),
        self: person.self,
        sharing: person.sharing,
        muted: person.audioMuted,
      })),
      removed: this.removed.map((entry) => ({ ...entry })),
      // Jitsi has no chat or rename switch (#17613): only the lobby and AV moderation.
      settings: {
        locked: this.lobbyEnabled,
        shareAllowed: !this.moderation.desktop,
        unmuteAllowed: !this.moderation.audio,
      },
      reports: [],
    };
  }
}

export function roleOf(person: Person): ReplicaRole {
  if (person.self) return 'host';
  return person.moderator ? 'cohost' : 'participant';
}
