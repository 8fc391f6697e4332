import type { ActionHandler } from '../../../adapter';
import { findControl } from '../../../kit/controls';
import { notVerified } from '../../../kit/run-step';
import { LIMITS } from '../../../../shared/protocol/limits';
import { LABELS, ROW_KEY, S } from '../selectors';
import { chooseRowItem, dialogButton, findRow, waitDialog } from './rows';
import { confirmed, adapterStep, required } from '../../../kit/step';

/**
 * Row More → Report → prefill the client's own dialog and leave it OPEN: only the host submits a
 * report. Returns `awaiting-host`; the observer emits `report-closed` when the host is done.
 */
export const report: ActionHandler<'report'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const { participantId } = request;
    let dialog = findControl(S.reportDialog, doc);
    if (dialog?.getAttribute(ROW_KEY) !== participantId) {
      const row = await findRow(doc, participantId, signal);
      await chooseRowItem(doc, row, participantId, LABELS.reportItem, signal);
      dialog = await waitDialog(doc, S.reportDialog, participantId, signal);
    }
    const select = required(findControl<HTMLSelectElement>(S.reportCategory, dialog), 'report category');
    const text = required(findControl<HTMLTextAreaElement>(S.reportDescription, dialog), 'report description');
    const alsoRemove = required(findControl<HTMLInputElement>(S.reportAlsoRemove, dialog), '"Also remove" checkbox');
    const submit = dialogButton(dialog, LABELS.submit);
    const label = LABELS.categories[request.category];
    const option = required(
      [...select.options].find((o) => o.text.trim() === label),
      `category "${label}"`,
    );
    const description = request.description.slice(0, LIMITS.description);

    fill(select, option.value, 'change');
    fill(text, description, 'input');
    if (alsoRemove.checked !== request.alsoRemove) alsoRemove.click();
    // The client enables Submit once it has taken the category: its own sign the form is filled.
    const filled = await confirmed(
      () =>
        !submit.hasAttribute('disabled') &&
        select.value === option.value &&
        text.value === description &&
        alsoRemove.checked === request.alsoRemove,
      'report form filled',
      signal,
    );
    if (!filled) return notVerified('the report form did not take the values');
    return { ok: true, code: 'awaiting-host', detail: 'report dialog filled; the host reviews and submits it' };
  });

/** Sets a form field the way typing would, so the client's own handlers see the change. */
function fill(field: HTMLSelectElement | HTMLTextAreaElement, value: string, event: 'input' | 'change') {
  if (field.value === value) return;
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true }));
}
