import { defineRule } from './rule';
import { nameSkeleton } from './name-skeleton';

/** Someone Hostguard removed comes back, under the same or a look-alike name. */
export const rejoinRule = defineRule({
  name: 'rejoin-after-removal',
  on: ['joined'],
  evaluate: ({ session, event, policy }) => {
    if (!policy.detection.rejoin.enabled) return [];
    const skeleton = nameSkeleton(event.participant.name);
    const removed = Object.values(session.participants).find(
      (p) =>
        p.removedAt !== undefined &&
        !p.present &&
        (p.id === event.participant.id || [p.name, ...p.previousNames].some((n) => nameSkeleton(n) === skeleton)),
    );
    if (!removed) return [];
    return [
      {
        kind: 'rejoin-after-removal',
        severity: 'critical',
        participantId: event.participant.id,
        name: event.participant.name,
        values: { formerName: removed.name },
      },
    ];
  },
});
