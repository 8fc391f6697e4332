import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { observeMeeting } from '../../kit/observe-meeting';
import { peopleButton, rosterList } from './page';
import { reportClosedWatcher } from './report-watch';
import { meetSources } from './sources';

/**
 * Observes the call. Meet lists everyone only in the People panel, which is closed when the
 * call starts (meeting-dom.md §5: "roster needs panel open"), so start opens it once. If the
 * host later swaps it for another panel, the roster simply pauses (no one "leaves") and is
 * diffed again when People reopens.
 */
export function observeMeet(doc: Document, emit: (event: MeetingEvent) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  observeMeeting(doc, { ...meetSources, extra: reportClosedWatcher(emit) }, emit, signal);
  if (!rosterList(doc)) peopleButton(doc)?.click();
}
