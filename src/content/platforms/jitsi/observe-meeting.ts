import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { findControl } from '../../kit/controls';
import { observeMeeting } from '../../kit/observe-meeting';
import { paneOf } from './page';
import { S } from './selectors';
import { jitsiSources } from './sources';

/**
 * Observes a Jitsi meeting. The participants pane is closed when a meeting loads and the roster
 * exists only inside it, so the first pass that finds the pane closed and its toolbar button
 * present opens it, once: if the host closes it later, the roster pauses (a hidden roster is not
 * an empty meeting) and actions reopen it.
 */
export function observeJitsi(doc: Document, emit: (event: MeetingEvent) => void, signal: AbortSignal): void {
  let opened = false;
  observeMeeting(
    doc,
    jitsiSources(() => {
      if (opened) return;
      if (paneOf(doc)) opened = true;
      else {
        const button = findControl<HTMLElement>(S.participantsOpenButton, doc);
        if (button) {
          opened = true;
          button.click();
        }
      }
    }),
    emit,
    signal,
  );
}
