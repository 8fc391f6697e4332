import type { MeetingEvent } from '../shared/model/meeting-event';
import type { ParticipantObservation } from '../shared/model/participant';
import { LIMITS } from '../shared/protocol/limits';

/*
 * Every event field is clamped once, here, before it leaves the page: a 17,000-character name
 * (a real attack) must never get a whole batch rejected by the background's schema, join burst
 * included. Readers pass raw text; nothing else slices.
 */
const clip = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);
const id = (value: string): string => clip(value, LIMITS.id);
const name = (value: string): string => clip(value, LIMITS.name);

function observation(p: ParticipantObservation): ParticipantObservation {
  return { id: id(p.id), name: name(p.name), role: p.role, self: p.self, sharing: p.sharing };
}

export function clampEvent(event: MeetingEvent): MeetingEvent {
  switch (event.kind) {
    case 'roster':
      return { ...event, participants: event.participants.slice(0, LIMITS.rosterSize).map(observation) };
    case 'joined':
      return { ...event, participant: observation(event.participant) };
    case 'renamed':
      return { ...event, participantId: id(event.participantId), from: name(event.from), to: name(event.to) };
    case 'left':
    case 'role-changed':
    case 'share-started':
    case 'share-stopped':
    case 'report-closed':
      return { ...event, participantId: id(event.participantId) };
    case 'chat': {
      const { participantId, ...rest } = event;
      return {
        ...rest,
        messageId: id(event.messageId),
        ...(participantId !== undefined ? { participantId: id(participantId) } : {}),
        name: name(event.name),
        text: clip(event.text, LIMITS.chat),
      };
    }
    case 'settings':
    case 'health':
      return event;
  }
}
