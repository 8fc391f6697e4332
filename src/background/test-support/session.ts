import { newMeetingSession, type MeetingSession } from '../../shared/model/session';
import { SETTING_KEYS } from '../../shared/model/settings';

/** A practice-meeting session in memory (no storage), for pure rule and plan tests. */
export function memorySession(extra: Partial<MeetingSession> = {}): MeetingSession {
  return {
    ...newMeetingSession(
      {
        tabId: 1,
        frameId: 0,
        pageId: 'p',
        platform: 'practice',
        title: '',
        health: { ok: true, parts: {}, checkedAt: 0 },
        capabilities: ['stop-share', 'set-settings', 'remove'],
        changeable: [...SETTING_KEYS],
        language: { tag: 'en', readable: true },
      },
      0,
    ),
    ...extra,
  };
}
