/*
 * What the network delivers about other people (ReplicaControl): joins (into the lobby when it
 * is on, unless they are moderators), leaves, renames, screen shares and chat. A non-moderator's
 * share does not start while screen-share moderation is on: their client refuses it
 * (base/media/middleware.any.ts SET_SCREENSHARE_MUTED, isForceMuted).
 */
import type { ReplicaRole } from '../replica';
import type { JitsiModel } from './model';
import { endpointId } from './names';

export interface Remote {
  join(name: string, role?: ReplicaRole): string;
  leave(id: string): void;
  rename(id: string, name: string): void;
  share(id: string): void;
  stopShare(id: string): void;
  chat(id: string, text: string): void;
}

export function createRemote(model: JitsiModel, firstSeed: number): Remote {
  let seed = firstSeed;
  let messages = 0;
  return {
    join(name, role = 'participant') {
      const id = endpointId(seed++);
      const person = {
        id,
        name,
        moderator: role !== 'participant',
        self: false,
        audioMuted: true,
        videoMuted: true,
        sharing: false,
      };
      if (model.lobbyEnabled && !person.moderator) {
        model.knocking.push(person);
        model.emit('lobby');
      } else {
        model.people.set(id, person);
        model.emit('roster', id);
      }
      return id;
    },
    leave(id) {
      const person = model.people.get(id);
      if (person && !person.self) {
        model.people.delete(id);
        model.emit('roster', id);
        if (person.sharing) model.emit('share', id);
        return;
      }
      const before = model.knocking.length;
      model.knocking = model.knocking.filter((knocker) => knocker.id !== id);
      if (model.knocking.length !== before) model.emit('lobby');
    },
    rename(id, name) {
      model.update(id, { name });
    },
    share(id) {
      const person = model.people.get(id);
      if (!person || person.sharing) return;
      if (model.moderation.desktop && !person.moderator) return;
      model.update(id, { sharing: true });
    },
    stopShare(id) {
      model.update(id, { sharing: false });
    },
    chat(id, text) {
      const person = model.people.get(id);
      if (!person) return;
      messages += 1;
      model.chat.push({ id: `msg-${messages}-${id}`, senderId: id, name: person.name, text, at: new Date() });
      model.emit('chat', id);
    },
  };
}
