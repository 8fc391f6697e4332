import type { MeetingEvent } from '../../../shared/model/meeting-event';

/*
 * Meet's "Report abuse" form is about display names, not a row, and shows no receipt the
 * sources record. So the report action leaves a note here: which participant the open dialog is
 * about, and whether the host pressed its Report button. The observer reports the outcome
 * once the dialog has left the page.
 */
interface OpenReport {
  participantId: string;
  dialog: Element;
  submitted: boolean;
}

const open = new WeakMap<Document, OpenReport>();

export function watchReport(doc: Document, participantId: string, dialog: Element, submit: Element): void {
  const entry: OpenReport = { participantId, dialog, submitted: false };
  open.set(doc, entry);
  submit.addEventListener('click', () => (entry.submitted = true), { once: true });
}

/** The observer's extra pass: `report-closed` once the watched dialog is gone. */
export function reportClosedWatcher(emit: (event: MeetingEvent) => void) {
  return (doc: Document, _records: unknown, at: number) => {
    const entry = open.get(doc);
    if (!entry || entry.dialog.isConnected) return;
    open.delete(doc);
    emit({ kind: 'report-closed', at, participantId: entry.participantId, submitted: entry.submitted });
  };
}
