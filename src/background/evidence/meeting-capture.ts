import type { CaptureCap, NotArmedReason } from '../../shared/model/evidence';
import type { MeetingSession } from '../../shared/model/session';
import { captureWanted } from './capture-policy';
import type { TabCapture } from './capture-tab';
import type { StatusFields } from './status';

/** What the capture loop knows of one meeting, and the status the panel is shown for it. */
export interface MeetingCapture {
  session: MeetingSession;
  timer?: ReturnType<typeof setTimeout>;
  running: boolean;
  /** Child-safety stop: no image for the rest of the meeting. */
  stopped: boolean;
  lastTabFrameAt: number;
  lastShareFrameAt: number;
  tab: { armed: boolean; reason?: NotArmedReason };
  capped?: CaptureCap;
}

/** A path counts as the source while its last frame is this recent. */
export const SOURCE_FRESH_MS = 3_000;

export function newMeetingCapture(session: MeetingSession): MeetingCapture {
  return {
    session,
    running: false,
    stopped: false,
    lastTabFrameAt: Number.NEGATIVE_INFINITY,
    lastShareFrameAt: Number.NEGATIVE_INFINITY,
    tab: { armed: false },
  };
}

/** What one screenshot attempt says about tab capture; a lost race for the quota changes nothing. */
export function tabState(shot: TabCapture, previous: MeetingCapture['tab']): MeetingCapture['tab'] {
  if (shot.ok) return { armed: true };
  if (shot.reason === 'no-permission') return { armed: false, reason: 'no-permission' };
  if (shot.reason === 'rate-limited') return previous;
  return { armed: true, reason: 'capture-failed' };
}

export function statusOf(meeting: MeetingCapture, now: number): StatusFields {
  const { session, capped, tab } = meeting;
  const base = { meetingId: session.id, tabId: session.tabId, ...(capped ? { capped } : {}) };
  if (meeting.stopped) return { ...base, armed: false, source: 'none', reason: 'stopped-child-safety' };
  if (!captureWanted(session, now)) return { ...base, armed: tab.armed, source: 'none', reason: 'idle' };
  const fresh = (at: number) => now - at < SOURCE_FRESH_MS;
  const source = fresh(meeting.lastTabFrameAt) ? 'tab' : fresh(meeting.lastShareFrameAt) ? 'share' : 'none';
  const reason = source === 'tab' ? undefined : tab.reason;
  return { ...base, armed: tab.armed, source, ...(reason ? { reason } : {}) };
}
