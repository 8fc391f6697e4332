import type { MeetingEvent } from '../../shared/model/meeting-event';
import type { ParticipantObservation } from '../../shared/model/participant';
import type { MeetingSession } from '../../shared/model/session';

export type NamedParticipant = Pick<ParticipantObservation, 'id' | 'name' | 'role' | 'self'>;

/**
 * The names an event brings that Hostguard has not judged yet: a joiner's, a rename's new one,
 * and in a roster (start or resync) only people who are new or show another name, so a resync
 * of 1,000 rows does not raise the same alerts again.
 */
export function newNames(session: MeetingSession, event: MeetingEvent): NamedParticipant[] {
  switch (event.kind) {
    case 'joined':
      return [event.participant];
    case 'renamed': {
      const who = session.participants[event.participantId];
      return who ? [{ ...who, name: event.to }] : [];
    }
    case 'roster':
      return event.participants.filter((p) => session.participants[p.id]?.name !== p.name);
    default:
      return [];
  }
}
