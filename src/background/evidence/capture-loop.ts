import type { Alert } from '../../shared/model/alert';
import type { MeetingSession } from '../../shared/model/session';
import { browser } from '../../shared/platform/browser';
import { CAPTURE, captureWanted, createRateGate, newIncidents } from './capture-policy';
import { captureTab, mayCaptureTab } from './capture-tab';
import { imagesWithheldFor, isWithheld, onImagesWithheld } from './child-safety';
import { inMeetingOrder } from './evidence-store';
import { __forgetByteCheckForTests, keepFrame } from './keep-frame';
import { newMeetingCapture, SOURCE_FRESH_MS, statusOf, tabState, type MeetingCapture } from './meeting-capture';
import { pinIncident } from './ring-buffer';
import { forgetAlertSnapshots, snapshotOnAlert, __forgetAlertSnapshotsForTests } from './alert-snapshots';
import { publishStatus } from './status';

/**
 * One capture controller per meeting, driven by committed sessions. While a non-host share is
 * live or an alert is open it takes a tab screenshot every 500 ms (when allowed), and accepts
 * the content script's share frames when screenshots are not coming. Timers live only as long as
 * the worker: a stopped worker picks up again at the next session commit.
 */
const meetings = new Map<string, MeetingCapture>();
/** 2 frames per second per meeting, whichever path they come from. */
const frameGate = createRateGate<string>(CAPTURE.frameIntervalMs);
const NO_PERMISSION_RETRY_MS = 2_000;

export function followSession(next: MeetingSession, previous: MeetingSession | undefined, now = Date.now()): void {
  for (const [id, other] of meetings) if (other.session.tabId === next.tabId && id !== next.id) retire(other, now);
  const meeting = adopt(next);
  meeting.session = next;
  if (next.endedAt !== undefined) return retire(meeting, now);
  const fresh = newIncidents(next, previous).filter((alert) => now - alert.at < CAPTURE.incidentMs);
  for (const alert of fresh) void pinFor(meeting, alert);
  if (fresh.length > 0) snapshotOnAlert(next.id, () => meeting.session, now);
  schedule(meeting, 0);
}

/** A share frame from the content script; stored only when tab screenshots are not coming. */
export async function offerFrame(session: MeetingSession, bytes: Uint8Array, at: number): Promise<boolean> {
  const meeting = adopt(session);
  if (meeting.stopped || isWithheld(session.id) || !captureWanted(meeting.session, at)) return false;
  if (at - meeting.lastTabFrameAt < SOURCE_FRESH_MS) return false;
  if (!frameGate.take(session.id, at)) return false;
  const stored = await storeFrame(meeting, bytes, at);
  if (stored) meeting.lastShareFrameAt = at;
  await publish(meeting, at);
  return stored;
}

function adopt(session: MeetingSession): MeetingCapture {
  const known = meetings.get(session.id);
  if (known) return known;
  const created = newMeetingCapture(session);
  meetings.set(session.id, created);
  // After a worker restart the child-safety stop is read back from the database.
  void imagesWithheldFor(session.id)
    .then((withheld) => withheld && stop(created))
    .catch(() => undefined);
  return created;
}

/** Keeps the frames from 10 s before the alert for its incident. */
async function pinFor(meeting: MeetingCapture, alert: Alert): Promise<void> {
  const id = meeting.session.id;
  try {
    await inMeetingOrder(id, () => pinIncident(id, alert.id, alert.at - CAPTURE.preRollMs));
  } catch (error) {
    console.warn('Hostguard: could not keep the frames of an alert', error);
  }
}

function schedule(meeting: MeetingCapture, delay: number): void {
  if (meeting.timer !== undefined || meeting.running || meeting.stopped) return;
  meeting.timer = setTimeout(() => void tick(meeting), delay);
}

async function tick(meeting: MeetingCapture): Promise<void> {
  meeting.timer = undefined;
  meeting.running = true;
  let again = false;
  try {
    again = await step(meeting, Date.now());
  } catch (error) {
    console.warn('Hostguard: evidence capture failed', error);
    meeting.tab = { armed: meeting.tab.armed, reason: 'capture-failed' };
    again = !meeting.stopped;
  } finally {
    meeting.running = false;
  }
  if (!again || meetings.get(meeting.session.id) !== meeting) return;
  schedule(meeting, meeting.tab.reason === 'no-permission' ? NO_PERMISSION_RETRY_MS : CAPTURE.frameIntervalMs);
}

/** One capture attempt; false when capture is not wanted any more. */
async function step(meeting: MeetingCapture, now: number): Promise<boolean> {
  if (meeting.stopped) return false;
  const { session } = meeting;
  if (!captureWanted(session, now)) {
    const tab = await browser.tabs.get(session.tabId).catch(() => undefined);
    meeting.tab = { armed: await mayCaptureTab(session.tabId, tab?.url) };
    await publish(meeting, now);
    return false;
  }
  // The meeting's slot is used only by a frame actually taken (a share frame may use it instead).
  if (frameGate.ready(session.id, now)) {
    const shot = await captureTab(session.tabId, now);
    meeting.tab = tabState(shot, meeting.tab);
    if (shot.ok && frameGate.take(session.id, now) && (await storeFrame(meeting, shot.bytes, now))) {
      meeting.lastTabFrameAt = now;
    }
  }
  await publish(meeting, now);
  return !meeting.stopped;
}

/** Stores a frame and notes what the caps did; false when it was refused. */
async function storeFrame(meeting: MeetingCapture, bytes: Uint8Array, at: number): Promise<boolean> {
  const kept = await keepFrame(meeting.session, bytes, at);
  if (kept.withheld) stop(meeting);
  if (kept.capped) meeting.capped = kept.capped;
  for (const hit of kept.bytesCapped) {
    const other = meetings.get(hit);
    if (other) other.capped = 'bytes';
  }
  return kept.stored;
}

function publish(meeting: MeetingCapture, now: number, force = false): Promise<unknown> {
  return publishStatus(statusOf(meeting, now), now, force).catch((error: unknown) =>
    console.warn('Hostguard: could not write the evidence status', error),
  );
}

function stop(meeting: MeetingCapture): void {
  meeting.stopped = true;
  if (meeting.timer !== undefined) clearTimeout(meeting.timer);
  meeting.timer = undefined;
  void publish(meeting, Date.now(), true);
}

function retire(meeting: MeetingCapture, now: number): void {
  if (meeting.timer !== undefined) clearTimeout(meeting.timer);
  meeting.timer = undefined;
  meetings.delete(meeting.session.id);
  frameGate.forget(meeting.session.id);
  forgetAlertSnapshots(meeting.session.id);
  void publish(meeting, now, true);
}

/** A child-safety purge stops the meeting's capture at once, for the rest of its life. */
export function stopOnWithhold(): void {
  onImagesWithheld((meetingId) => {
    const meeting = meetings.get(meetingId);
    if (meeting) stop(meeting);
  });
}

export function __forgetMeetingsForTests(): void {
  for (const meeting of meetings.values()) if (meeting.timer !== undefined) clearTimeout(meeting.timer);
  meetings.clear();
  __forgetByteCheckForTests();
  __forgetAlertSnapshotsForTests();
}
