import { defineRule, recentAlert } from './rule';
import { THRESHOLDS } from './thresholds';

/** Many joins in a few seconds: a raid arriving from a leaked link. Raised once per window. */
export const joinBurstRule = defineRule({
  name: 'join-burst',
  on: ['joined'],
  evaluate: ({ session, event }) => {
    const { joins, windowMs } = THRESHOLDS.joinBurst;
    const since = event.at - windowMs;
    let count = 1;
    for (const p of Object.values(session.participants)) {
      if (p.joinedAt >= since && p.id !== event.participant.id) count++;
    }
    if (count < joins || recentAlert(session, 'join-burst', event.at, windowMs)) return [];
    return [{ kind: 'join-burst', severity: 'critical', values: { count, seconds: windowMs / 1000 } }];
  },
});
