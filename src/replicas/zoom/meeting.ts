import type { ZoomModel, ZoomParticipant, ZoomSettings } from './model';

/*
 * What the meeting does when the host acts or the network delivers an event. Rules follow Zoom's
 * help pages (platforms-and-anchors.md, Zoom notes): a locked meeting admits no one; the waiting
 * room holds joiners; removed participants cannot rejoin by default (KB0066980); "Only Host" can
 * share stops a participant's share; Suspend stops everything and locks (Z4–Z6).
 */

const isAttendee = (p: ZoomParticipant) => !p.self && p.role === 'participant';

/**
 * A joiner reaches the meeting, the waiting room, or nothing (locked). Zoom blocks a removed
 * person by account, which a scripted name cannot carry: a same-name rejoin is let in, as an
 * anonymous guest's would be (Butler KB, platforms-and-anchors.md Z12).
 */
export function arrive(model: ZoomModel, p: ZoomParticipant): 'joined' | 'waiting' | 'refused' {
  if (model.settings.locked) return 'refused';
  if (model.settings.waitingRoom && p.role === 'participant') {
    model.waiting.push(p);
    model.changed('waiting');
    return 'waiting';
  }
  model.participants.push(p);
  model.changed('roster');
  return 'joined';
}

export function leave(model: ZoomModel, id: string): ZoomParticipant | undefined {
  const p = model.byId(id);
  if (!p || p.self) return undefined;
  stopShare(model, id);
  model.participants = model.participants.filter((q) => q.id !== id);
  model.changed('roster');
  return p;
}

export function removeParticipant(model: ZoomModel, id: string): void {
  const p = leave(model, id);
  if (p) model.removed.push({ id: p.id, name: p.name, blockRejoin: true });
}

export function putInWaitingRoom(model: ZoomModel, id: string): void {
  const p = leave(model, id);
  if (!p) return;
  model.waiting.push(p);
  model.changed('waiting');
}

export function admit(model: ZoomModel, id: string): void {
  const p = model.waiting.find((q) => q.id === id);
  if (!p) return;
  model.waiting = model.waiting.filter((q) => q.id !== id);
  model.participants.push(p);
  model.changed('waiting');
  model.changed('roster');
}

/** A participant renames themself (refused when not allowed) or the host renames them. */
export function rename(model: ZoomModel, id: string, name: string, byHost: boolean): boolean {
  const p = model.byId(id);
  if (!p || (!byHost && isAttendee(p) && (!model.settings.renameAllowed || model.suspended))) return false;
  p.name = name;
  model.changed('roster');
  return true;
}

export function startShare(model: ZoomModel, id: string): boolean {
  const p = model.byId(id);
  if (!p || p.sharing || (isAttendee(p) && !model.settings.shareAllowed)) return false;
  if (model.settings.oneSharer) for (const other of [...model.sharers]) stopShare(model, other, false);
  p.sharing = true;
  model.sharers.push(id);
  model.changed('share');
  return true;
}

export function stopShare(model: ZoomModel, id: string, notify = true): void {
  const p = model.byId(id);
  if (!p?.sharing) return;
  p.sharing = false;
  model.sharers = model.sharers.filter((s) => s !== id);
  if (notify) model.changed('share');
}

export function setSetting(model: ZoomModel, key: keyof ZoomSettings, value: boolean): void {
  model.settings[key] = value;
  if (key === 'shareAllowed' && !value) {
    for (const p of model.participants.filter(isAttendee)) stopShare(model, p.id, false);
    model.changed('share');
  }
  model.changed('settings');
}

export function muteAll(model: ZoomModel, allowUnmute: boolean): void {
  for (const p of model.participants) if (!p.self) p.muted = true;
  model.settings.unmuteAllowed = allowUnmute;
  model.changed('roster');
  model.changed('settings');
}

export function suspendActivities(model: ZoomModel): void {
  for (const p of model.participants.filter((q) => !q.self)) {
    p.muted = true;
    p.video = false;
    stopShare(model, p.id, false);
  }
  Object.assign(model.settings, {
    locked: true,
    hideProfilePictures: true,
    shareAllowed: false,
    chatAllowed: false,
    renameAllowed: false,
    unmuteAllowed: false,
    startVideoAllowed: false,
  });
  model.suspended = true;
  model.changed('share');
  model.changed('roster');
  model.changed('settings');
}

/** A chat message from a participant; the client refuses it when chat is off for attendees. */
export function postChat(model: ZoomModel, id: string, text: string): boolean {
  const p = model.byId(id);
  if (!p || (isAttendee(p) && !model.settings.chatAllowed)) return false;
  model.chat.push({ id: model.nextMessageId(), userId: p.userId, name: p.name, text, at: new Date() });
  model.changed('chat');
  return true;
}
