import { findAllControls, findByLabel } from '../../kit/controls';
import { L } from './labels';
import { S } from './selectors';

/*
 * The Report dialog (KB0067474; NUS wiki): a ReactModal with the reported participant (a select),
 * reason check boxes, comments, "Include desktop screenshot" and Submit. It has no stable id or
 * label of its own (Zoom's dialogs carry none, operator doc 2a), so it is recognised by its parts:
 * a comment box and a Submit button.
 */
export function reportDialog(doc: Document): HTMLElement | null {
  for (const dialog of findAllControls(S.dialog, doc)) {
    if (dialog.querySelector('textarea') && submitButton(dialog)) return dialog;
  }
  return null;
}

export const submitButton = (dialog: ParentNode): HTMLElement | null =>
  findByLabel(dialog.querySelectorAll<HTMLElement>('button, [role="button"]'), L.submit);

/** The participant the dialog reports, as its select shows them (null: none chosen yet). */
export function reportedName(dialog: ParentNode): string | null {
  const select = dialog.querySelector('select');
  if (!select || select.selectedIndex < 0 || select.value === '') return null;
  return select.options[select.selectedIndex]?.text ?? null;
}

/** The reason check box for one of `labels` (its label text), or null. */
export function reasonBox(dialog: ParentNode, labels: readonly string[]): HTMLInputElement | null {
  const wanted = labels.map((label) => label.toLowerCase());
  for (const box of dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const label = (box.closest('label')?.textContent ?? box.getAttribute('aria-label') ?? '').trim().toLowerCase();
    if (wanted.includes(label)) return box;
  }
  return null;
}
