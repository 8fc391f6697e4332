import type { MeetingEvent } from '../shared/model/meeting-event';
import type { ParticipantObservation } from '../shared/model/participant';
import { LIMITS } from '../shared/protocol/limits';

/*
 * Every event field is clamped once, here, before it leaves the page: a 17,000-character name
 * (a real attack) must never get a whole batch rejected by the background's schema, join burst
 * included. Readers pass raw text; nothing else slices.
 */
const clip = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);

/**
 * Ids longer than the schema allows keep a prefix plus a digest of the whole id: clients without
 * a row key give name-derived ids (Zoom, Meet, Teams), and two 10,000-character names that share
 * their first 256 characters must stay two people. Same id in, same id out, in every event.
 */
function id(value: string): string {
  if (value.length <= LIMITS.id) return value;
  const short = `${value.slice(0, LIMITS.id - 30)}~${digest(value, 1)}${digest(value, 2)}`;
  remember(short, value);
  return short;
}

/** Shortened id -> the adapter's own, so an action about that participant finds their row. */
const longIds = new Map<string, string>();
const REMEMBERED = 10_000;

function remember(short: string, original: string): void {
  longIds.delete(short);
  longIds.set(short, original);
  if (longIds.size > REMEMBERED) longIds.delete(longIds.keys().next().value!);
}

/** An adapter id as the background knows it (the same clamp as in events). */
export const clampedId = (adapterOwn: string): string => id(adapterOwn);

/** The adapter's id behind an id the background sent back (ids within the limit are their own). */
export const adapterId = (sent: string): string => longIds.get(sent) ?? sent;

/** cyrb53 (a public-domain 53-bit string hash), as 14 hex digits; two seeds give 106 bits. */
function digest(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
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
