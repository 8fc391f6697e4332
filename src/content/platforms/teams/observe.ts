import { findControl } from '../../kit/controls';
import { observeMeeting } from '../../kit/observe-meeting';
import type { RosterTracker } from '../../kit/roster-tracker';
import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { exclusive, peekEnd, reconcileRoster } from './enumerate';
import { rosterList, totalCount } from './page';
import { S } from './selectors';
import { teamsSources } from './sources';

/*
 * Teams on the kit's observer. The People pane is closed when a call starts and only one side
 * pane shows at a time (meeting-dom.md §3.0-3.1), so start opens it once; if the host later
 * switches to Chat, the last roster stands until People is back. When the list is virtualised
 * and not all rendered, the whole roster is read by scrolling it, at start and RECHECK_MS after
 * the People badge count changes; a rise in the count first gets a quick look at the list's end,
 * where joiners land, so a join below the fold is seen within a frame or two.
 */
const RECHECK_MS = 400;

export function observeTeams(doc: Document, emit: (event: MeetingEvent) => void, signal: AbortSignal): void {
  const sources = teamsSources(doc);
  const { roster } = sources;
  let tracker: RosterTracker | null = null;
  let lastCount: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let walking = false;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  const walk = () => {
    timer = undefined;
    if (signal.aborted || !tracker) return;
    if (walking) return schedule();
    walking = true;
    const read = (row: Element) => roster.read(row)?.id ?? null;
    const current = tracker;
    void exclusive(doc, () => reconcileRoster(doc, current, read, signal))
      .catch(() => undefined)
      .finally(() => (walking = false));
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(walk, RECHECK_MS);
  };

  tracker = observeMeeting(
    doc,
    {
      ...sources,
      extra(page) {
        const list = rosterList(page);
        if (!list || !tracker || roster.virtualized!.complete(list)) return;
        const count = totalCount(page);
        if (!tracker.announced() || count !== lastCount) {
          // More people than before: look at the list's end at once; the whole read follows.
          if (tracker.announced() && count !== null && lastCount !== null && count > lastCount)
            void exclusive(page, () => peekEnd(page)).catch(() => undefined);
          lastCount = count;
          if (timer === undefined) schedule();
        }
      },
    },
    emit,
    signal,
  );

  // After start returns: the click makes the client build its pane (and its listeners).
  queueMicrotask(() => {
    if (signal.aborted || rosterList(doc) || findControl(S.rosterPane, doc)) return;
    const people = findControl<HTMLElement>(S.peopleButton, doc);
    // A pressed People button means its pane is opening: clicking again would close it.
    if (people && people.getAttribute('aria-pressed') !== 'true') people.click();
  });
}
