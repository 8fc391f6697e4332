import { CHAT_KEEP, updateParticipant, withParticipant, withoutParticipant, type MeetingCore } from './meeting';
import { isModerator, type Participant, type Role } from './types';

export interface JoinRequest {
  /** Wanted row id (the script's handle); a taken id gets a fresh one. */
  id?: string;
  /** Who is behind it; defaults to the handle, so a removed handle joining again is recognised. */
  device?: string;
  name: string;
  role?: Exclude<Role, 'host'>;
}

/**
 * What remote participants can do, under the meeting's rules. The rules are checked here, as
 * a real server would: a refused attempt changes nothing and is logged (the host sees a notice).
 */
export function remoteParticipants(core: MeetingCore) {
  const { log } = core;
  const allowed = (p: Participant, setting: 'shareAllowed' | 'chatAllowed' | 'renameAllowed') =>
    isModerator(p) || core.get().settings[setting];

  function join(request: JoinRequest): string | null {
    const device = request.device ?? request.id ?? '';
    if (device && core.blockedDevices.has(device)) {
      log.record('join-refused', { name: request.name, detail: 'blocked' });
      return null;
    }
    if (core.get().settings.locked) {
      log.record('join-refused', { name: request.name, detail: 'locked' });
      return null;
    }
    const id = core.nextParticipantId(request.id);
    const { participants, muteOnEntry } = core.get();
    const role = request.role ?? 'participant';
    const joiner: Participant = { id, device: device || id, name: request.name, role, self: false, muted: muteOnEntry };
    core.set({ participants: withParticipant(participants, joiner) });
    log.record('joined', { participantId: id, name: request.name });
    return id;
  }

  function leave(id: string): void {
    const p = core.find(id);
    if (!p) return;
    stopShare(id, 'left');
    core.set({ participants: withoutParticipant(core.get().participants, id) });
    log.record('left', { participantId: id, name: p.name });
  }

  function rename(id: string, to: string): void {
    const p = core.find(id);
    if (!p) return;
    if (!allowed(p, 'renameAllowed')) {
      log.record('rename-refused', { participantId: id, name: p.name });
      return;
    }
    core.set({ participants: updateParticipant(core.get().participants, id, { name: to }) });
    log.record('renamed', { participantId: id, name: to, from: p.name });
  }

  function startShare(id: string): void {
    const p = core.find(id);
    if (!p) return;
    if (!allowed(p, 'shareAllowed')) {
      log.record('share-refused', { participantId: id, name: p.name });
      return;
    }
    const current = core.get().sharerId;
    if (current === id) return;
    // One share at a time: a new share replaces the current one.
    if (current) stopShare(current, 'replaced');
    core.set({ sharerId: id });
    log.record('share-started', { participantId: id, name: p.name });
  }

  function stopShare(id: string, detail = 'self'): void {
    if (core.get().sharerId !== id) return;
    core.set({ sharerId: null });
    log.record('share-stopped', { participantId: id, name: core.find(id)?.name ?? '', detail });
  }

  function chat(id: string, text: string): void {
    const p = core.find(id);
    if (!p) return;
    if (!allowed(p, 'chatAllowed')) {
      log.record('chat-refused', { participantId: id, name: p.name });
      return;
    }
    const message = { id: core.nextMessageId(), senderId: id, name: p.name, text };
    core.set({ chat: [...core.get().chat, message].slice(-CHAT_KEEP) });
    log.record('chat', { participantId: id, name: p.name, detail: message.id, text });
  }

  return { join, leave, rename, startShare, stopShare, chat };
}

export type RemoteParticipants = ReturnType<typeof remoteParticipants>;
