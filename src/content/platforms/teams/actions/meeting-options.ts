import { findByLabel, findControl } from '../../../kit/controls';
import { isChecked } from '../../../kit/menus';
import { bail, confirmed, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { LABELS } from '../labels';
import { hasLabel } from '../page';
import { S } from '../selectors';
import { menuItems } from './menu';

/*
 * Meeting options in the meeting's side pane: "More actions > Settings > Meeting options … A
 * panel will open on the right" (support.microsoft.com and university guides, 2024-2026; older
 * builds list "Meeting options" directly in More). Fields are found by their documented label
 * ("Who can present?", "Meeting chat", "Allow mic for attendees"), opening category tabs in turn
 * when the field is not in view; nothing applies before "Save".
 */
export type FieldKind = 'combobox' | 'switch';
const TAB_WAIT_MS = 300;

export const saveButton = (doc: Document) => findByLabel(doc.querySelectorAll<HTMLElement>('button'), LABELS.save);

export async function openMeetingOptions(doc: Document, signal: AbortSignal): Promise<void> {
  if (saveButton(doc)) return;
  const more = required(findControl<HTMLElement>(S.moreButton, doc), 'More button');
  const items = await menuItems(doc, more, 'the More menu', signal);
  const direct = findByLabel(items, LABELS.meetingOptions);
  if (direct) direct.click();
  else {
    const settings = required(findByLabel(items, LABELS.settings), '"Settings" in the More menu');
    const sub = await menuItems(doc, settings, 'the Settings menu', signal);
    required(findByLabel(sub, LABELS.meetingOptions), '"Meeting options" in the Settings menu').click();
  }
  await waitFor(() => saveButton(doc), 'the meeting options pane', { signal, root: doc.documentElement });
}

const LABEL_TAGS = 'label, legend, [role="heading"], h2, h3, h4';

/** The control a visible field label names, or null. */
export function fieldIn(doc: Document, labels: readonly string[], kind: FieldKind): HTMLElement | null {
  const want =
    kind === 'combobox' ? '[role="combobox"], select' : 'input[role="switch"], [role="switch"], input[type="checkbox"]';
  for (const label of doc.querySelectorAll<HTMLElement>(LABEL_TAGS)) {
    if (!hasLabel(label.textContent, labels)) continue;
    if (label.id) {
      const labelled = doc.querySelector<HTMLElement>(`[aria-labelledby~="${CSS.escape(label.id)}"]`);
      if (labelled?.matches(want)) return labelled;
    }
    const target = label.getAttribute('for') ? doc.getElementById(label.getAttribute('for')!) : null;
    if (target?.matches(want)) return target;
    for (let box = label.parentElement, up = 0; box && up < 3; box = box.parentElement, up++) {
      const inside = box.querySelector<HTMLElement>(want);
      if (inside) return inside;
    }
  }
  return null;
}

/**
 * The field, clicking through category tabs (role="tab") until one shows it: the tabs whose name
 * hints at the field first, a quick pass over all, then a patient one (tabs that render late).
 */
export async function findField(
  doc: Document,
  labels: readonly string[],
  kind: FieldKind,
  signal: AbortSignal,
  hints: readonly string[] = [],
) {
  const now = fieldIn(doc, labels, kind);
  if (now) return now;
  const tabs = [...doc.querySelectorAll<HTMLElement>('[role="tab"]')];
  const ordered = [...tabs.filter((tab) => hasLabel(tab.textContent, hints)), ...tabs];
  for (const patient of [false, true]) {
    for (const tab of patient ? tabs : ordered) {
      tab.click();
      const found = await waitFor(
        () =>
          fieldIn(doc, labels, kind) ?? (!patient && tab.getAttribute('aria-selected') === 'true' ? 'elsewhere' : null),
        labels[0]!,
        { signal, timeoutMs: TAB_WAIT_MS, root: doc.documentElement },
      ).catch(() => null);
      if (found instanceof HTMLElement) return found;
    }
  }
  return bail('control-missing', `meeting options field "${labels[0]}" not found`);
}

export const valueOf = (control: HTMLElement) =>
  control instanceof HTMLSelectElement ? (control.selectedOptions[0]?.textContent ?? '') : (control.textContent ?? '');
export const switchOn = isChecked;

/** Chooses the option labelled one of `labels` in a Fluent Dropdown (or a native select). */
export async function pickOption(doc: Document, control: HTMLElement, labels: readonly string[], signal: AbortSignal) {
  if (hasLabel(valueOf(control), labels)) return;
  if (control instanceof HTMLSelectElement) {
    const option = [...control.options].find((o) => hasLabel(o.textContent, labels));
    if (!option) bail('control-missing', `no "${labels[0]}" option`);
    control.value = option.value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  control.click();
  const options = await waitFor(
    () => {
      const found = doc.querySelectorAll<HTMLElement>('[role="listbox"] [role="option"]');
      return found.length > 0 ? [...found] : null;
    },
    'dropdown options',
    { signal, root: doc.documentElement },
  );
  (findByLabel(options, labels) ?? bail('control-missing', `no "${labels[0]}" option`)).click();
  await confirmed(
    () => hasLabel(valueOf(control), labels),
    `"${labels[0]}" chosen`,
    signal,
    undefined,
    doc.documentElement,
  );
}

/** Saves; resolves once the page shows nothing left to save. */
export async function save(doc: Document, signal: AbortSignal, timeoutMs?: number): Promise<boolean> {
  const button = saveButton(doc) as HTMLButtonElement | null;
  if (!button || button.disabled || button.getAttribute('aria-disabled') === 'true') return true;
  button.click();
  return confirmed(
    () => {
      const now = saveButton(doc) as HTMLButtonElement | null;
      return !now || now.disabled || now.getAttribute('aria-disabled') === 'true';
    },
    'meeting options saved',
    signal,
    timeoutMs,
    doc.documentElement,
  );
}
