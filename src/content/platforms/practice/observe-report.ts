import { findAllControls, findControl } from '../../kit/controls';
import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { LABELS, ROW_KEY, S } from './selectors';

/**
 * Whether the host's report dialog is open and, when it closes, whether "Report sent" showed:
 * the host confirms the platform's own dialog, and the panel records the outcome.
 */
export function createReportTracker(emit: (event: MeetingEvent) => void) {
  let reporting: string | null = null;
  const countedToasts = new WeakSet<Element>();

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

  return (doc: Document, _records: unknown, at: number) => {
    const open = findControl(S.reportDialog, doc)?.getAttribute(ROW_KEY) ?? null;
    if (open === reporting) return;
    if (reporting !== null) {
      emit({ kind: 'report-closed', at, participantId: reporting, submitted: newReportSentToast(doc) });
    }
    // Toasts already showing when a dialog opens belong to earlier reports.
    if (open !== null) newReportSentToast(doc);
    reporting = open;
  };
}
