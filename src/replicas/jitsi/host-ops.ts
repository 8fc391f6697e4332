/*
 * What the host's confirmed actions do to the meeting, as the conference reports back:
 * video-menu/actions.any.ts (muteRemote, muteAllParticipants), av-moderation/actions.ts,
 * lobby (toggleLobbyMode), base/participants (kickParticipant). Views call these after the
 * client's delay and never in inert mode.
 */
import type { JitsiModel, Moderation } from './model';

export type Media = 'audio' | 'video' | 'desktop';

/** muteRemote(id, type): the participant's track is muted; for desktop, the share ends. */
export function muteRemote(model: JitsiModel, id: string, media: Media): void {
  const person = model.people.get(id);
  if (!person || person.self) return;
  if (media === 'audio') model.update(id, { audioMuted: true });
  else if (media === 'video') model.update(id, { videoMuted: true });
  else model.update(id, { sharing: false });
}

/** muteAllParticipants(exclude, type): every remote participant not excluded, moderators too. */
export function muteAll(model: JitsiModel, media: Media, exclude: readonly string[] = []): void {
  for (const person of model.remotes()) if (!exclude.includes(person.id)) muteRemote(model, person.id, media);
}

/**
 * Starting moderation of a media type: non-moderators must ask first, and their media of that
 * type is stopped ("Stop screensharing and video on moderation start", jitsi-meet 57083c174,
 * 2021; platforms-and-anchors.md J6). Desktop got its own type in 2305ae85a (2025-06): that it
 * stops live shares the same way is inferred.
 */
export function setModeration(model: JitsiModel, media: keyof Moderation, on: boolean): void {
  if (model.moderation[media] === on) return;
  model.moderation = { ...model.moderation, [media]: on };
  if (on) {
    for (const person of model.remotes()) if (!person.moderator) muteRemote(model, person.id, media);
  }
  model.emit('moderation');
}

/** kickParticipant(id): the row leaves; a kicked user may rejoin (no ban in Jitsi, #4887). */
export function kick(model: JitsiModel, id: string): void {
  const person = model.people.get(id);
  if (!person || person.self) return;
  model.people.delete(id);
  model.removed.push({ id, name: person.name, blockRejoin: false });
  model.emit('roster', id);
  if (person.sharing) model.emit('share', id);
}

export function setLobby(model: JitsiModel, on: boolean): void {
  if (model.lobbyEnabled === on) return;
  model.lobbyEnabled = on;
  model.emit('lobby');
}

export function setPassword(model: JitsiModel, password: string): void {
  model.password = password;
  model.emit('lobby');
}

/** Admit (participantsPane.actions.admit): the knocking person joins the meeting. */
export function admit(model: JitsiModel, id: string): void {
  const index = model.knocking.findIndex((person) => person.id === id);
  if (index < 0) return;
  const [person] = model.knocking.splice(index, 1);
  model.people.set(id, person!);
  model.emit('lobby');
  model.emit('roster', id);
}

export function reject(model: JitsiModel, id: string): void {
  model.knocking = model.knocking.filter((person) => person.id !== id);
  model.emit('lobby');
}
