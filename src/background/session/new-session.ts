import type { Message } from '../../shared/protocol/messages';
import type { MeetingSession } from '../../shared/model/session';

/**
 * The session a hello starts. A reload of the same tab keeps the history (alerts, actions, the
 * panic snapshot Restore needs): nothing the host saw is lost; the roster is rebuilt by the
 * adapter's first `roster` event.
 */
export function sessionFromHello(
  hello: Message<'content-bg/hello'>,
  tabId: number,
  frameId: number,
  previous: MeetingSession | undefined,
  now: number,
): MeetingSession {
  const base = {
    tabId,
    frameId,
    pageId: hello.pageId,
    platform: hello.platform,
    title: hello.title,
    updatedAt: now,
    health: hello.health,
    capabilities: hello.capabilities,
  };
  if (previous) return { ...previous, ...base, settings: {}, endedAt: undefined };
  return {
    ...base,
    startedAt: now,
    participants: {},
    settings: {},
    alerts: [],
    actions: [],
    recentChat: [],
    rejected: 0,
  };
}
