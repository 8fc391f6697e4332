import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { reportDialog, reportedName, submitButton } from './report-dialog';

/**
 * Emits `report-closed` when the host closes Zoom's Report dialog: submitted when their click
 * landed on its Submit button (Zoom shows no durable "sent" sign; it removes the reported person).
 */
export function createReportWatch(
  doc: Document,
  emit: (event: MeetingEvent) => void,
  idByName: (name: string) => string | undefined,
  signal: AbortSignal,
) {
  let open: { dialog: HTMLElement; participantId: string | null } | null = null;
  let submitted = false;
  doc.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const submit = open ? submitButton(open.dialog) : null;
      if (submit && target && submit.contains(target) && !submit.hasAttribute('disabled')) submitted = true;
    },
    { capture: true, signal },
  );
  return (_doc: Document, _records: unknown, at: number) => {
    const dialog = reportDialog(doc);
    if (open && open.dialog !== dialog) {
      if (open.participantId !== null)
        emit({ kind: 'report-closed', at, participantId: open.participantId, submitted });
      open = null;
    }
    if (dialog && !open) {
      const name = reportedName(dialog);
      open = { dialog, participantId: name === null ? null : (idByName(name) ?? null) };
      submitted = false;
    }
  };
}
