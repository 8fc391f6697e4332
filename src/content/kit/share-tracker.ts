import type { MeetingEvent } from '../../shared/model/meeting-event';
import type { RosterTracker } from './roster-tracker';

/** Turns "who is sharing now" into share-started / share-stopped, each once. */
export function createShareTracker(emit: (event: MeetingEvent) => void, roster: RosterTracker) {
  let sharer: string | null | undefined;
  return {
    /** Ends a share that left the stage. Runs before the roster pass, so it precedes the sharer's `left`. */
    endShare(now: string | null, at: number) {
      if (sharer === undefined || sharer === null || sharer === now) return;
      emit({ kind: 'share-stopped', at, participantId: sharer });
      sharer = null;
    },
    update(now: string | null, at: number) {
      if (sharer === undefined) {
        // At start the roster event already says who shares; announce only a sharer it lacks.
        if (now !== null && !roster.knows(now)) emit({ kind: 'share-started', at, participantId: now });
      } else if (now !== sharer) {
        if (sharer !== null) emit({ kind: 'share-stopped', at, participantId: sharer });
        if (now !== null) emit({ kind: 'share-started', at, participantId: now });
      }
      sharer = now;
    },
  };
}
