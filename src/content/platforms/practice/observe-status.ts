import { findAllControls, findControl } from '../../dom/query';
import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { isLocked } from './page';
import type { RosterTracker } from './observe-roster';
import { LABELS, ROW_KEY, S } from './selectors';

/**
 * What the page shows without opening anything: who fills the stage, the lock indicator, and
 * whether the host's report dialog is open (and, when it closes, whether "Report sent" showed).
 */
export function createStatusTracker(emit: (event: MeetingEvent) => void, roster: RosterTracker) {
  let sharer: string | null | undefined;
  let locked: boolean | undefined;
  let reporting: string | null = null;
  const countedToasts = new WeakSet<Element>();

  function updateShare(next: string | null, at: number) {
    if (sharer === undefined) {
      // At start the roster event already says who shares; announce only a sharer it lacks.
      if (next !== null && !roster.knows(next)) emit({ kind: 'share-started', at, participantId: next });
    } else if (next !== sharer) {
      if (sharer !== null) emit({ kind: 'share-stopped', at, participantId: sharer });
      if (next !== null) emit({ kind: 'share-started', at, participantId: next });
    }
    sharer = next;
  }

  function updateLock(doc: Document, at: number) {
    const now = isLocked(doc);
    if (now === locked) return;
    locked = now;
    emit({ kind: 'settings', at, settings: { locked: now } });
  }

  /** "Report sent" toasts not seen before; marks them seen. */
  function newReportSentToast(doc: Document): boolean {
    let found = false;
    for (const toast of findAllControls(S.toastItems, doc)) {
      if (countedToasts.has(toast) || toast.textContent?.trim() !== LABELS.reportSent) continue;
      countedToasts.add(toast);
      found = true;
    }
    return found;
  }

  function updateReport(doc: Document, at: number) {
    const open = findControl(S.reportDialog, doc)?.getAttribute(ROW_KEY) ?? null;
    if (open === reporting) return;
    if (reporting !== null) {
      emit({ kind: 'report-closed', at, participantId: reporting, submitted: newReportSentToast(doc) });
    }
    // Toasts already showing when a dialog opens belong to earlier reports.
    if (open !== null) newReportSentToast(doc);
    reporting = open;
  }

  return {
    /** Ends a share that left the stage. Runs before the roster pass, so it precedes the sharer's `left`. */
    endShare(sharerNow: string | null, at: number) {
      if (sharer === undefined || sharer === null || sharer === sharerNow) return;
      emit({ kind: 'share-stopped', at, participantId: sharer });
      sharer = null;
    },
    update(doc: Document, sharerNow: string | null, at: number) {
      updateShare(sharerNow, at);
      updateLock(doc, at);
      updateReport(doc, at);
    },
  };
}
