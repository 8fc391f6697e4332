import { defineRule, recentAlert } from './rule';
import { THRESHOLDS } from './thresholds';

/** One sender posting faster than anyone types. Raised once per sender per quiet period. */
export const chatFloodRule = defineRule({
  name: 'chat-flood',
  on: ['chat'],
  evaluate: ({ session, event }) => {
    const { messages, windowMs, quietMs } = THRESHOLDS.chatFlood;
    const from = event.participantId ?? event.name;
    const since = event.at - windowMs;
    const count = 1 + session.recentChat.filter((trace) => trace.from === from && trace.at >= since).length;
    if (count < messages || recentAlert(session, 'chat-flood', event.at, quietMs, event.participantId)) return [];
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
