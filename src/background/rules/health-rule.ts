import { defineRule } from './rule';

/** A meeting client that changed its UI must show up as a clear message, not as silence. */
export const healthRule = defineRule({
  name: 'adapter-health',
  on: ['health'],
  evaluate: ({ session, event }) => {
    const missing = Object.entries(event.health.parts)
      .filter(([, found]) => !found)
      .map(([part]) => part);
    if (session.health.ok && !event.health.ok) {
      return [{ kind: 'adapter-unhealthy', severity: 'warning', values: { missing: missing.join(', ') } }];
    }
    if (!session.health.ok && event.health.ok) return [{ kind: 'adapter-healthy', severity: 'info' }];
    return [];
  },
});
