import type { ActionHandler } from '../../../adapter';
import { findControl } from '../../../kit/controls';
import { notVerified } from '../../../kit/run-step';
import { adapterStep, bail, confirmed, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { LIMITS } from '../../../../shared/protocol/limits';
import { controlName } from '../host-controls-reader';
import { nameOf } from '../page';
import { ABUSE_TYPES, L, S } from '../selectors';
import { equalsAny, findLabelled } from '../text';
import { watchReport } from '../report-watch';
import { ensurePeople } from './panels';
import { remove } from './remove';
import { chooseItem } from './row-menu';

/*
 * Meet's report is "More options" → "Report abuse": a pop-up with the abuse type, the display
 * names of the abusers and a description, all mandatory, then "Report" (Help 10212037, desktop).
 * We prefill it and leave it open: only the host sends a report. With `alsoRemove`, the
 * participant is removed first (the form takes names, not a row).
 */
export const report: ActionHandler<'report'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const { participantId } = request;
    await ensurePeople(doc, signal);
    const name =
      nameOf(doc, participantId) ?? bail('target-missing', `participant ${participantId} is not in the People list`);
    if (request.alsoRemove) {
      const removed = await remove({ id: 'remove', participantId, blockRejoin: false }, signal, doc);
      if (!removed.ok) return { ...removed, detail: `not removed, so no report: ${removed.detail}` };
    }
    // A report dialog the host left open is refilled rather than opened twice.
    const dialog = reportDialog(doc) ?? (await openReportDialog(doc, signal));

    const type = required(field<HTMLSelectElement>(dialog, 'select', L.abuseType), 'abuse type');
    const names = required(
      field<HTMLInputElement>(dialog, 'input[type="text"], input:not([type])', L.abuserNames),
      'display names',
    );
    const text = required(field<HTMLTextAreaElement>(dialog, 'textarea', L.describeIssue), 'description');
    const submit = required(findSubmit(dialog), 'Report button');
    const patterns = ABUSE_TYPES[request.category];
    const option = required(
      [...type.options].find((o) => o.value !== '' && patterns.some((re) => re.test(o.text.trim()))) ??
        [...type.options].find((o) => ABUSE_TYPES.other.some((re) => re.test(o.text.trim()))),
      `an abuse type for ${request.category}`,
    );
    const description = request.description.slice(0, LIMITS.description);
    fill(type, option.value, 'change');
    fill(names, name, 'input');
    fill(text, description, 'input');
    const filled = await confirmed(
      () => type.value === option.value && names.value === name && text.value === description,
      'report form filled',
      signal,
    );
    if (!filled) return notVerified('the Report abuse form did not take the values');
    watchReport(doc, participantId, dialog, submit);
    return { ok: true, code: 'awaiting-host', detail: 'Report abuse filled in; the host reviews it and clicks Report' };
  });

async function openReportDialog(doc: Document, signal: AbortSignal): Promise<HTMLElement> {
  const more = required(findControl<HTMLElement>(S.moreOptionsButton, doc), '"More options" button');
  await chooseItem(doc, more, L.reportAbuse, '"Report abuse" in More options', signal);
  return waitFor(() => reportDialog(doc), 'the Report abuse dialog', { signal });
}

/** The open "Report abuse" pop-up: a dialog holding its form fields. */
function reportDialog(doc: Document): HTMLElement | null {
  for (const dialog of doc.querySelectorAll<HTMLElement>(S.dialog.selectors.join(', '))) {
    if (dialog.querySelector('select') && dialog.querySelector('textarea')) return dialog;
  }
  return null;
}

/** A form field by its label (EN/FR), else the dialog's only field of that kind. */
function field<E extends HTMLElement>(dialog: HTMLElement, selector: string, labels: readonly string[]): E | null {
  const all = [...dialog.querySelectorAll<E>(selector)];
  return all.find((element) => equalsAny(controlName(element), labels)) ?? (all.length === 1 ? all[0]! : null);
}

function findSubmit(dialog: HTMLElement): HTMLElement | null {
  return findLabelled(dialog.querySelectorAll<HTMLElement>('button, [role="button"]'), L.report);
}

/** Sets a field the way typing would, so the client's own handlers see it. */
function fill(
  element: HTMLSelectElement | HTMLInputElement | HTMLTextAreaElement,
  value: string,
  event: 'input' | 'change',
) {
  if (element.value === value) return;
  element.value = value;
  element.dispatchEvent(new Event(event, { bubbles: true }));
}
