import type { PracticeLog } from '../log';
import type { BaseParticipant } from '../names';
import { OPEN_SETTINGS, isModerator, type MeetingState, type Participant } from './types';

/** Chat history kept on the page, like a client that trims its scrollback. */
export const CHAT_KEEP = 500;

/**
 * The meeting's state and the primitive edits both sides share. Only `remote.ts` (the scripted
 * participants) and `host.ts` (the host's UI controls) call these: there is no public setter.
 */
export interface MeetingCore {
  readonly log: PracticeLog;
  get(): MeetingState;
  set(next: Partial<MeetingState>): void;
  subscribe(listener: () => void): () => void;
  find(id: string): Participant | undefined;
  nextParticipantId(wanted?: string): string;
  nextMessageId(): string;
  /** Devices the host removed with "Don't allow to rejoin". */
  readonly blockedDevices: Set<string>;
}

export function createMeetingCore(log: PracticeLog, base: readonly BaseParticipant[]): MeetingCore {
  let state: MeetingState = {
    participants: base.map((p) => ({ ...p, device: p.id })),
    sharerId: null,
    settings: OPEN_SETTINGS,
    suspended: false,
    muteOnEntry: false,
    chat: [],
  };
  const listeners = new Set<() => void>();
  const usedIds = new Set(base.map((p) => p.id));
  let participantSeq = base.length;
  let messageSeq = 0;
  return {
    log,
    get: () => state,
    set(next) {
      state = { ...state, ...next };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    find: (id) => state.participants.find((p) => p.id === id),
    nextParticipantId(wanted) {
      let id = wanted && !usedIds.has(wanted) ? wanted : `p${++participantSeq}`;
      while (usedIds.has(id)) id = `p${++participantSeq}`;
      usedIds.add(id);
      return id;
    },
    nextMessageId: () => `m${++messageSeq}`,
    blockedDevices: new Set(),
  };
}

/** Inserts in client order: self first, then moderators, then the rest, newest last. */
export function withParticipant(list: readonly Participant[], p: Participant): Participant[] {
  const rank = (q: Participant) => (q.self ? 0 : isModerator(q) ? 1 : 2);
  const next = [...list];
  let at = next.length;
  while (at > 0 && rank(next[at - 1]!) > rank(p)) at--;
  next.splice(at, 0, p);
  return next;
}

export function withoutParticipant(list: readonly Participant[], id: string): Participant[] {
  return list.filter((p) => p.id !== id);
}

export function updateParticipant(
  list: readonly Participant[],
  id: string,
  change: Partial<Participant>,
): Participant[] {
  return list.map((p) => (p.id === id ? { ...p, ...change } : p));
}
