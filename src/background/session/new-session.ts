import type { Message } from '../../shared/protocol/messages';
import { newMeetingSession, type MeetingSession } from '../../shared/model/session';

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
  const { pageId, platform, title, health, capabilities, settings: changeable, language } = hello;
  const origin = { tabId, frameId, pageId, platform, title, health, capabilities, changeable, language };
  if (previous) return { ...previous, ...origin, updatedAt: now, settings: {}, endedAt: undefined };
  return newMeetingSession(origin, now);
}
