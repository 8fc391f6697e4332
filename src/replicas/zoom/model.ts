import type { ReplicaRole, ReplicaState } from '../replica';

/** One person as the Zoom client knows them. `userId` is Zoom's own (chat rows carry it). */
export interface ZoomParticipant {
  id: string;
  userId: string;
  name: string;
  role: ReplicaRole;
  self: boolean;
  /** Joined without signing in: the row label reads "(Guest)" (build 7.2.0 capture §8.3). */
  guest: boolean;
  muted: boolean;
  video: boolean;
  sharing: boolean;
}

export interface ZoomSettings {
  locked: boolean;
  waitingRoom: boolean;
  hideProfilePictures: boolean;
  /** "Who can share?" = All Participants. */
  shareAllowed: boolean;
  /** "How many participants can share at the same time?" = one. */
  oneSharer: boolean;
  chatAllowed: boolean;
  renameAllowed: boolean;
  unmuteAllowed: boolean;
  startVideoAllowed: boolean;
}

export interface ChatMessage {
  id: string;
  userId: string;
  name: string;
  text: string;
  at: Date;
}

export type Change = 'roster' | 'share' | 'settings' | 'chat' | 'waiting';

/** The meeting's data, shared by every view; views re-render from it on `changed`. */
export class ZoomModel {
  participants: ZoomParticipant[] = [];
  waiting: ZoomParticipant[] = [];
  chat: ChatMessage[] = [];
  /** Participant ids in the order their shares started; the stage shows the last. */
  sharers: string[] = [];
  removed: ReplicaState['removed'] = [];
  reports: ReplicaState['reports'] = [];
  suspended = false;
  settings: ZoomSettings = {
    locked: false,
    waitingRoom: false,
    hideProfilePictures: false,
    shareAllowed: true,
    oneSharer: false,
    chatAllowed: true,
    renameAllowed: true,
    unmuteAllowed: true,
    startVideoAllowed: true,
  };
  private readonly listeners = new Set<(change: Change) => void>();
  private sequence = 0;
  private orderedCache: ZoomParticipant[] | null = null;

  onChange(listener: (change: Change) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(change: Change): void {
    if (change === 'roster' || change === 'share') this.orderedCache = null;
    for (const listener of [...this.listeners]) listener(change);
  }

  /** A new participant record; the caller decides where it goes (roster or waiting room). */
  create(name: string, role: ReplicaRole, extra: Partial<ZoomParticipant> = {}): ZoomParticipant {
    const n = this.sequence++;
    return {
      id: `p${n}`,
      userId: String(16778240 + n * 1024),
      name,
      role,
      self: false,
      guest: false,
      muted: true,
      video: false,
      sharing: false,
      ...extra,
    };
  }

  byId(id: string): ZoomParticipant | undefined {
    return this.participants.find((p) => p.id === id);
  }

  /** Roster order of build 7.2.0 (§8.3): me first, then host and co-hosts, then attendees. */
  ordered(): ZoomParticipant[] {
    if (!this.orderedCache) {
      const rank = (p: ZoomParticipant) => (p.self ? 0 : p.role === 'participant' ? 2 : 1);
      this.orderedCache = [...this.participants].sort((a, b) => rank(a) - rank(b));
    }
    return this.orderedCache;
  }

  /** The share on the stage: the latest share still running. */
  stageSharer(): ZoomParticipant | undefined {
    const id = this.sharers[this.sharers.length - 1];
    return id === undefined ? undefined : this.byId(id);
  }

  nextMessageId(): string {
    const n = this.chat.length + 1;
    const hex = (seed: number, len: number) =>
      ((seed * 2654435761) >>> 0).toString(16).toUpperCase().padStart(8, '0').slice(0, len);
    return `${n}-${hex(n, 8)}-${hex(n + 1, 4)}-${hex(n + 2, 4)}-${hex(n + 3, 4)}-${hex(n + 4, 8)}${hex(n + 5, 4)}`;
  }

  state(): ReplicaState {
    const { locked, shareAllowed, chatAllowed, renameAllowed, unmuteAllowed } = this.settings;
    return {
      participants: this.participants.map(({ id, name, role, self, sharing, muted }) => ({
        id,
        name,
        role,
        self,
        sharing,
        muted,
      })),
      removed: this.removed.map((r) => ({ ...r })),
      settings: { locked, shareAllowed, chatAllowed, renameAllowed, unmuteAllowed },
      suspended: this.suspended,
      reports: this.reports.map((r) => ({ ...r })),
    };
  }
}
