import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { createChatTracker } from './observe-chat';
import { createRosterTracker } from './observe-roster';
import { createStatusTracker } from './observe-status';
import { sharerOf } from './page';
import { ROW_KEY } from './selectors';

/**
 * Observes the practice meeting with ONE MutationObserver, coalesced to one pass per microtask.
 * Emits `roster` first (once the list is on the page), then diffs. Everything stops with `signal`.
 */
export function observeMeeting(doc: Document, emit: (event: MeetingEvent) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const roster = createRosterTracker(emit);
  const status = createStatusTracker(emit, roster);
  const chat = createChatTracker(emit);
  let pending: MutationRecord[] = [];
  let scheduled = false;
  let fullReadNext = true;

  function pass() {
    scheduled = false;
    if (signal.aborted) return;
    const records = fullReadNext ? null : pending;
    pending = [];
    fullReadNext = false;
    const at = Date.now();
    try {
      // A share's end first, then the roster, then the rest: one pass may hold several steps of
      // a raid, and `share-stopped` must precede the sharer's `left`, `joined` their `share-started`.
      const sharer = sharerOf(doc);
      status.endShare(sharer, at);
      roster.update(doc, records, sharer, at);
      status.update(doc, sharer, at);
      chat.update(doc, records, at);
    } catch {
      // An unexpected page state must not end observation: read everything afresh next time.
      fullReadNext = true;
    }
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) pending.push(record);
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(pass);
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    // Row keys (and the share view's key) are the only attributes whose changes matter.
    attributes: true,
    attributeFilter: [ROW_KEY],
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      pending = [];
    },
    { once: true },
  );
  pass();
}
