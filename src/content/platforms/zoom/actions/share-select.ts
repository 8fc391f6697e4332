import { confirmed } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { L } from '../labels';

/*
 * Host tools › Share › "Who can share?" = All Participants / Only Host (capture §7 page 4; the
 * "Only Host" wording is Zoom KB "Advanced sharing options"). The capture gives only its look
 * (a 348×32 select box), so both a native <select> and an ARIA combobox/listbox are handled.
 */
const lower = (labels: readonly string[]) => labels.map((label) => label.toLowerCase());
const textOf = (element: Element) => (element.textContent ?? '').trim().toLowerCase();

/** The control labelled "Who can share?": by its aria-label, or next to a label with that text. */
export function whoCanShare(panel: ParentNode): HTMLElement | null {
  const wanted = lower(L.whoCanShare);
  for (const control of panel.querySelectorAll<HTMLElement>('select, [role="combobox"], [aria-haspopup="listbox"]')) {
    if (wanted.includes((control.getAttribute('aria-label') ?? '').trim().toLowerCase())) return control;
  }
  for (const label of panel.querySelectorAll<HTMLElement>('label, span, div, p')) {
    if (label.children.length > 0 || !wanted.includes(textOf(label))) continue;
    // The first control after the label, looking a little way up its containers.
    for (let box = label.parentElement, depth = 0; box && depth < 3; box = box.parentElement, depth++) {
      const controls = box.querySelectorAll<HTMLElement>(
        'select, [role="combobox"], [aria-haspopup="listbox"], button',
      );
      const after = [...controls].find((c) => label.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
      if (after) return after;
    }
  }
  return null;
}

/** true = All Participants, false = Only Host, null = unreadable. (options[selectedIndex]: a DOM may
 * keep `selectedOptions` stale after a scripted change, happy-dom does.) */
export function readShareAllowed(control: HTMLElement): boolean | null {
  const shown =
    control instanceof HTMLSelectElement
      ? (control.options[control.selectedIndex]?.text ?? '').trim().toLowerCase()
      : textOf(control);
  if (lower(L.allParticipants).includes(shown)) return true;
  if (lower(L.onlyHost).includes(shown)) return false;
  return null;
}

/** Chooses All Participants (`allowed`) or Only Host, then reads the choice back. */
export async function chooseShareAllowed(
  find: () => HTMLElement | null,
  allowed: boolean,
  signal: AbortSignal,
): Promise<boolean> {
  const labels = lower(allowed ? L.allParticipants : L.onlyHost);
  const control = find();
  if (!control) return false;
  if (readShareAllowed(control) === allowed) return true;
  if (control instanceof HTMLSelectElement) {
    const option = [...control.options].find((o) => labels.includes(o.text.trim().toLowerCase()));
    if (!option) return false;
    control.value = option.value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    control.click();
    const doc = control.ownerDocument;
    const option = await waitFor(
      () => [...doc.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => labels.includes(textOf(o))) ?? null,
      `"${allowed ? L.allParticipants[0] : L.onlyHost[0]}" option`,
      { signal },
    );
    option.click();
  }
  return confirmed(
    () => {
      const now = find();
      return now !== null && readShareAllowed(now) === allowed;
    },
    `Who can share? = ${allowed ? 'All Participants' : 'Only Host'}`,
    signal,
  );
}
