import type { MeetingEvent } from '../../shared/model/meeting-event';
import type { Participant, ParticipantObservation } from '../../shared/model/participant';
import { SESSION_LIMITS, type MeetingSession } from '../../shared/model/session';

/**
 * Folds one adapter event into a session draft (a private copy made by `draftOf`). Pure
 * bookkeeping: what the event *means* (alerts) is decided by the rules, before this runs.
 */
export function applyEvent(draft: MeetingSession, event: MeetingEvent): void {
  switch (event.kind) {
    case 'roster':
      return replaceRoster(draft, event.participants, event.at);
    case 'joined':
      return join(draft, event.participant, event.at);
    case 'left':
      return patch(draft, event.participantId, { present: false, leftAt: event.at, sharing: false });
    case 'renamed': {
      const previous = draft.participants[event.participantId]?.previousNames ?? [];
      return patch(draft, event.participantId, { name: event.to, previousNames: [...previous, event.from] });
    }
    case 'role-changed':
      return patch(draft, event.participantId, { role: event.role });
    case 'share-started':
      return patch(draft, event.participantId, { sharing: true, sharingSince: event.at });
    case 'share-stopped':
      return patch(draft, event.participantId, { sharing: false });
    case 'chat':
      draft.recentChat = [...draft.recentChat, { at: event.at, from: event.participantId ?? event.name }].slice(
        -SESSION_LIMITS.recentChat,
      );
      return;
    case 'settings':
      draft.settings = { ...draft.settings, ...event.settings };
      return;
    case 'health':
      draft.health = event.health;
      return;
    case 'report-closed':
      return; // Reports live in the report store; see report-events.ts.
  }
}

/** A copy whose containers can be changed without touching the cached session. */
export function draftOf(session: MeetingSession): MeetingSession {
  return { ...session, participants: { ...session.participants } };
}

function join(draft: MeetingSession, seen: ParticipantObservation, at: number): void {
  const known = draft.participants[seen.id];
  draft.participants[seen.id] = {
    ...seen,
    joinedAt: at,
    arrivedLive: true,
    present: true,
    previousNames: known?.previousNames ?? [],
    ...(known?.marks ? { marks: known.marks } : {}),
    ...(seen.sharing ? { sharingSince: at } : {}),
  };
  dropOldestDeparted(draft);
}

function replaceRoster(draft: MeetingSession, roster: ParticipantObservation[], at: number): void {
  const seenIds = new Set(roster.map((p) => p.id));
  for (const [id, known] of Object.entries(draft.participants)) {
    if (!seenIds.has(id) && known.present) draft.participants[id] = { ...known, present: false, leftAt: at };
  }
  for (const seen of roster) {
    const known = draft.participants[seen.id];
    draft.participants[seen.id] = known
      ? { ...known, ...seen, present: true }
      : { ...seen, joinedAt: at, present: true, previousNames: [], ...(seen.sharing ? { sharingSince: at } : {}) };
  }
  dropOldestDeparted(draft);
}

function patch(draft: MeetingSession, id: string, changes: Partial<Participant>): void {
  const known = draft.participants[id];
  if (known) draft.participants[id] = { ...known, ...changes };
}

function dropOldestDeparted(draft: MeetingSession): void {
  const departed = Object.values(draft.participants).filter((p) => !p.present);
  const excess = departed.length - SESSION_LIMITS.departed;
  if (excess <= 0) return;
  departed.sort((a, b) => (a.leftAt ?? 0) - (b.leftAt ?? 0));
  for (const p of departed.slice(0, excess)) delete draft.participants[p.id];
}
