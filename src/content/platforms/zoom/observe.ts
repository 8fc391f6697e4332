import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { observeMeeting } from '../../kit/observe-meeting';
import type { RosterTracker } from '../../kit/roster-tracker';
import { peekEnd, reconcileRoster } from './enumerate';
import { resetIdentity } from './identity';
import { createReportWatch } from './observe-report';
import { isPanelClosedLabel, participantsButton, rosterList, totalCount } from './page';
import { isComplete } from './roster-source';
import { zoomSources } from './sources';

/** A raid changes the head count many times a second: whole reads start at most this often. */
const WALK_INTERVAL_MS = 250;

/**
 * Observes Zoom's meeting client. The Participants panel is closed at mount in build 7.2.0
 * (meeting-dom.md §1.1, capture §8): start opens it once, then leaves the host's choice alone.
 * The list is virtualised: when it is not all rendered, it is read whole by scrolling at start
 * (the roster is announced then) and again when the head count changes (someone came or went
 * out of view), at most every WALK_INTERVAL_MS; a rise in the count first gets a quick look at the
 * list's end, where joiners land. Reading scrolls the host's list and puts it back.
 */
export function observeZoom(doc: Document, emit: (event: MeetingEvent) => void, signal: AbortSignal): void {
  resetIdentity(doc);
  const button = participantsButton(doc);
  if (!rosterList(doc) && button && isPanelClosedLabel(button)) button.click();

  // Set once observeMeeting returns; its first pass runs before that.
  const held: { tracker?: RosterTracker } = {};
  let walking = false;
  let queued = false;
  let walkedAt = -Infinity;
  /** The head count the last whole read saw; a different count means someone came or went unseen. */
  let walkedTotal: number | null = null;
  /** The head count the last peek at the list's end was made for. */
  let peekedTotal: number | null = null;
  const report = createReportWatch(doc, emit, (name) => held.tracker?.idByName(name), signal);
  const check = () => {
    const { tracker } = held;
    const list = rosterList(doc);
    if (!tracker || !list || walking || signal.aborted || isComplete(doc, list)) return;
    const total = totalCount(doc);
    if (tracker.announced() && total === walkedTotal) return;
    // More people than the last read: look at the end of the list at once, walk it all later.
    if (tracker.announced() && total !== null && total > (peekedTotal ?? walkedTotal ?? total)) {
      peekedTotal = total;
      void peekEnd(doc, signal).catch(() => undefined);
    }
    const wait = walkedAt + WALK_INTERVAL_MS - Date.now();
    if (wait > 0) {
      if (!queued) setTimeout(() => ((queued = false), check()), wait);
      queued = true;
      return;
    }
    walking = true;
    walkedTotal = total;
    reconcileRoster(doc, tracker, signal)
      .catch(() => undefined)
      .finally(() => {
        walking = false;
        walkedAt = Date.now();
        check();
      });
  };
  held.tracker = observeMeeting(
    doc,
    zoomSources(doc, (page, records, at) => {
      report(page, records, at);
      check();
    }),
    emit,
    signal,
  );
  check();
}
