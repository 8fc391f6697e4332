import { SETTING_KEYS } from '../../shared/model/settings';
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import type { ActionId, ActionRequest, ActionResult } from '../../shared/model/action';
import { PANIC_SETTINGS, type MeetingSettings } from '../../shared/model/settings';
import { newMeetingSession, type MeetingSession } from '../../shared/model/session';
import { changedSessionItems } from '../../shared/session-storage';

/**
 * Stands in for a meeting tab's content script: answers `bg-content/act` like a well-behaved
 * adapter (settings change, shares stop), records every request, and can be told to fail.
 */
export interface FakeMeeting {
  settings: MeetingSettings;
  sharing: Set<string>;
  requests: ActionRequest[];
  failures: Partial<Record<ActionId, ActionResult>>;
}

export function installFakeMeeting(settings: Partial<MeetingSettings> = {}, sharing: string[] = []): FakeMeeting {
  const meeting: FakeMeeting = {
    settings: {
      shareAllowed: true,
      locked: false,
      chatAllowed: true,
      renameAllowed: true,
      unmuteAllowed: true,
      ...settings,
    },
    sharing: new Set(sharing),
    requests: [],
    failures: {},
  };
  const sendMessage = vi.fn(async (_tabId: number, message: { type: string; request: ActionRequest }) => {
    if (message.type !== 'bg-content/act') return { ok: true };
    return act(meeting, message.request);
  });
  Object.assign(fakeBrowser.tabs, { sendMessage });
  return meeting;
}

function act(meeting: FakeMeeting, request: ActionRequest): ActionResult {
  meeting.requests.push(request);
  const failure = meeting.failures[request.id];
  if (failure) return failure;
  const before = { ...meeting.settings };
  switch (request.id) {
    case 'stop-share':
      meeting.sharing.delete(request.participantId);
      break;
    case 'set-settings':
      Object.assign(meeting.settings, request.changes);
      break;
    case 'suspend':
      Object.assign(meeting.settings, PANIC_SETTINGS);
      meeting.sharing.clear();
      break;
    default:
      return { ok: true, ms: 5, code: request.id === 'report' ? 'awaiting-host' : 'done', detail: 'ok' };
  }
  return { ok: true, ms: 5, code: 'done', detail: 'ok', before, after: { ...meeting.settings } };
}

export const ALL_ACTIONS: ActionId[] = ['stop-share', 'set-settings', 'remove', 'report', 'mute-all', 'suspend'];

/** Puts a session straight into storage.session, as a hello plus a roster would have. */
export async function seedSession(overrides: Partial<MeetingSession> = {}): Promise<MeetingSession> {
  const session: MeetingSession = {
    ...newMeetingSession(
      {
        tabId: 7,
        frameId: 0,
        pageId: 'page-1',
        platform: 'practice',
        title: 'Weekly meeting',
        health: { ok: true, parts: { roster: true }, checkedAt: 1 },
        capabilities: ALL_ACTIONS,
        changeable: [...SETTING_KEYS],
        language: { tag: 'en', readable: true },
      },
      1,
    ),
    ...overrides,
  };
  await fakeBrowser.storage.session.set(changedSessionItems(undefined, session));
  return session;
}
