import { SETTING_KEYS } from '../../shared/model/settings';
import type { ActionResult } from '../../shared/model/action';
import type { Alert } from '../../shared/model/alert';
import type { Participant } from '../../shared/model/participant';
import type { Report } from '../../shared/model/report';
import { newMeetingSession, type ActionRecord, type MeetingSession } from '../../shared/model/session';
import type { ActionId } from '../../shared/model/action';

/** Small builders for panel tests and previews; every field has a plausible default. */
export const T0 = Date.UTC(2026, 10, 23, 14, 0, 0);

export function participant(overrides: Partial<Participant> & { id: string }): Participant {
  return {
    name: overrides.id,
    role: 'participant',
    self: false,
    sharing: false,
    joinedAt: T0,
    present: true,
    previousNames: [],
    ...overrides,
  };
}

export function session(overrides: Partial<MeetingSession> = {}): MeetingSession {
  const origin = {
    tabId: 1,
    frameId: 0,
    pageId: 'page-1',
    platform: 'practice' as const,
    title: 'Weekly class',
    health: { ok: true, parts: { roster: true }, checkedAt: T0 },
    capabilities: ['stop-share', 'set-settings', 'remove', 'report', 'suspend', 'mute-all'] as ActionId[],
    changeable: [...SETTING_KEYS],
    language: { tag: 'en', readable: true },
  };
  return { ...newMeetingSession(origin, T0), ...overrides };
}

/** A session whose roster is `people`, keyed by id. */
export function sessionWith(people: Participant[], overrides: Partial<MeetingSession> = {}): MeetingSession {
  return session({ participants: Object.fromEntries(people.map((p) => [p.id, p])), ...overrides });
}

export function alert(overrides: Partial<Alert> & { id: string }): Alert {
  return { at: T0, kind: 'joined', severity: 'info', ...overrides };
}

export function record(
  overrides: Partial<ActionRecord> & { id: string },
  result: Partial<ActionResult> = {},
): ActionRecord {
  return {
    at: T0,
    hostAction: 'lock',
    step: 'locked',
    origin: 'panel',
    ...overrides,
    result: { ok: true, ms: 120, code: 'done', detail: '', ...result },
  };
}

export function report(overrides: Partial<Report> & { id: string }): Report {
  return {
    tabId: 1,
    platform: 'practice',
    createdAt: T0,
    updatedAt: T0,
    participantId: 'p1',
    participantName: 'Intruder',
    category: 'spam',
    description: '',
    alsoRemove: false,
    status: 'prefilled',
    detail: '',
    ...overrides,
  };
}
