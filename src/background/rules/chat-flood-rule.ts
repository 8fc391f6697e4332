import { defineRule, recentAlert } from './rule';

/** After an alert, the same sender stays quiet this long, so a flood is one line, not fifty. */
const QUIET_MS = 30_000;

/** One sender posting faster than anyone types. Raised once per sender per quiet period. */
export const chatFloodRule = defineRule({
  name: 'chat-flood',
  on: ['chat'],
  evaluate: ({ session, event, policy }) => {
    const { enabled, messages, windowSeconds } = policy.detection.chatFlood;
    if (!enabled) return [];
    const windowMs = windowSeconds * 1000;
    const from = event.participantId ?? event.name;
    const since = event.at - windowMs;
    const count = 1 + session.recentChat.filter((trace) => trace.from === from && trace.at >= since).length;
    if (count < messages || recentAlert(session, 'chat-flood', event.at, QUIET_MS, event.participantId)) return [];
    return [
      {
        kind: 'chat-flood',
        severity: 'warning',
        participantId: event.participantId,
        name: event.name,
        values: { count },
      },
    ];
  },
});
