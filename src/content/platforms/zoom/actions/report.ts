import type { ActionHandler } from '../../../adapter';
import { notVerified } from '../../../kit/run-step';
import { adapterStep, confirmed, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { identityFor } from '../identity';
import { L } from '../labels';
import { reasonBox, reportDialog, reportedName, submitButton } from '../report-dialog';
import { chooseRowItem, findRow, openDialogs } from './rows';

/**
 * Row "More options" → Report (build 7.2.0 §8.4) → prefill Zoom's own dialog (the participant if
 * it asks, a reason box, comments) and leave it OPEN: only the host submits a report. Zoom removes
 * a reported participant when the report is submitted (KB0067474), whatever `alsoRemove` says;
 * the result says so. Returns `awaiting-host`; the observer emits `report-closed` afterwards.
 */
export const report: ActionHandler<'report'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const { participantId } = request;
    const name = identityFor(doc).nameOf(participantId);
    let dialog = reportDialog(doc);
    if (!dialog || reportedName(dialog) !== name) {
      const row = await findRow(doc, participantId, signal);
      const before = openDialogs(doc);
      await chooseRowItem(doc, row, L.rowMenu.report, '"Report" in the More options menu', signal);
      dialog = await waitFor(
        () => {
          const opened = reportDialog(doc);
          return opened && !before.has(opened) ? opened : null;
        },
        'the Report dialog',
        { signal },
      );
    }
    const select = dialog.querySelector('select');
    if (select && name !== undefined && reportedName(dialog) !== name) choose(select, name);
    const reason =
      reasonBox(dialog, L.reasons[request.category]) ??
      required(reasonBox(dialog, L.reasons.other), `a reason for "${request.category}"`);
    const comments = required(dialog.querySelector('textarea'), 'report comments');
    const submit = required(submitButton(dialog), 'Submit button');
    if (!reason.checked) reason.click();
    if (comments.value !== request.description) {
      comments.value = request.description;
      comments.dispatchEvent(new Event('input', { bubbles: true }));
      comments.dispatchEvent(new Event('change', { bubbles: true }));
    }
    // Zoom enables Submit once a reason is ticked: the client's own sign it took the form.
    const form = dialog;
    const filled = await confirmed(
      () =>
        reason.checked &&
        comments.value === request.description &&
        !submit.hasAttribute('disabled') &&
        (!select || reportedName(form) === name),
      'report form filled',
      signal,
    );
    if (!filled) return notVerified('the report form did not take the values');
    const removal = request.alsoRemove ? '' : '; Zoom removes a reported participant on submit';
    return {
      ok: true,
      code: 'awaiting-host',
      detail: `report dialog filled; the host reviews and submits it${removal}`,
    };
  });

/** Picks the reported participant in the dialog's own select, as a click on the option would. */
function choose(select: HTMLSelectElement, name: string): void {
  const option = [...select.options].find((o) => o.text === name);
  if (!option) return;
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
