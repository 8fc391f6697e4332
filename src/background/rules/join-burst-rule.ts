import { defineRule, recentAlert } from './rule';
import { THRESHOLDS } from './thresholds';

/**
 * Many joins in a few seconds: a raid arriving from a leaked link. Raised once per window. Only
 * joins seen happening count (each left a `joined` alert): people already present when Hostguard
 * first read the roster did not just arrive.
 */
export const joinBurstRule = defineRule({
  name: 'join-burst',
  on: ['joined'],
  evaluate: ({ session, event }) => {
    const { joins, windowMs } = THRESHOLDS.joinBurst;
    const since = event.at - windowMs;
    let count = 1;
    for (let i = session.alerts.length - 1; i >= 0; i--) {
      const alert = session.alerts[i]!;
      if (alert.at < since) break;
      if (alert.kind === 'joined') count++;
    }
    if (count < joins || recentAlert(session, 'join-burst', event.at, windowMs)) return [];
    return [{ kind: 'join-burst', severity: 'critical', values: { count, seconds: windowMs / 1000 } }];
  },
});
