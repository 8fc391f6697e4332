import type { MeetingEvent } from '../shared/model/meeting-event';
import { isModerator, type ParticipantObservation } from '../shared/model/participant';

type Known = Pick<ParticipantObservation, 'name' | 'role' | 'self'>;

/**
 * Who is who, as the adapter's own events say (roles come from the client's labels, never from
 * names). Safe view and the frame sampler need it inside the observer callback, before the
 * background has answered.
 */
export interface ParticipantRoles {
  observe(event: MeetingEvent): void;
  name(id: string): string | undefined;
  /** Not a host, co-host or this moderator; unknown counts as suspect (fail closed). */
  suspect(id: string): boolean;
}

export function createParticipantRoles(): ParticipantRoles {
  const people = new Map<string, Known>();
  const patch = (id: string, change: Partial<Known>) => {
    const who = people.get(id);
    if (who) people.set(id, { ...who, ...change });
  };
  return {
    observe(event) {
      switch (event.kind) {
        case 'roster':
          for (const p of event.participants) people.set(p.id, p);
          return;
        case 'joined':
          people.set(event.participant.id, event.participant);
          return;
        case 'renamed':
          return patch(event.participantId, { name: event.to });
        case 'role-changed':
          return patch(event.participantId, { role: event.role });
      }
    },
    name: (id) => people.get(id)?.name,
    suspect(id) {
      const who = people.get(id);
      return !who || (!who.self && !isModerator(who));
    },
  };
}

/** A roster read (start, resync) or a joiner already sharing: the share began before we looked. */
export function sharerIn(event: MeetingEvent): string | undefined {
  if (event.kind === 'roster') return event.participants.find((p) => p.sharing)?.id;
  if (event.kind === 'joined' && event.participant.sharing) return event.participant.id;
  return undefined;
}
