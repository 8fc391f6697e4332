import { controlName } from '../host-controls-reader';
import { L, REMOVE_CONFIRM, S } from '../selectors';
import { equalsAny, findLabelled, textLeaves } from '../text';

/*
 * Meet's remove confirmation "Remove <Name> from the call?" with Cancel / Remove is portalled to
 * the end of body WITHOUT role="dialog" (file #57758765896), so it is found by its heading's
 * pattern among the last portals, then by role for builds that do add one.
 */

const removeButton = (root: ParentNode) =>
  findLabelled(root.querySelectorAll<HTMLElement>('button, [role="button"]'), L.remove);

export function findRemoveConfirm(doc: Document): HTMLElement | null {
  for (const dialog of doc.querySelectorAll<HTMLElement>(S.dialog.selectors.join(', '))) {
    if (removeButton(dialog) && textLeaves(dialog).some((leaf) => REMOVE_CONFIRM.some((re) => re.test(leaf.text)))) {
      return dialog;
    }
  }
  const portals = [...doc.body.children].slice(-6).reverse();
  for (const portal of portals) {
    const heading = textLeaves(portal).find((leaf) => REMOVE_CONFIRM.some((re) => re.test(leaf.text)));
    if (!heading) continue;
    for (let box: Element | null = heading.element; box && box !== doc.body; box = box.parentElement) {
      if (removeButton(box)) return box as HTMLElement;
    }
  }
  return null;
}

export const confirmButton = (confirm: ParentNode): HTMLElement | null => removeButton(confirm);

/** The "Block" option of the confirmation (Help 9303164, June 2022), as a checkbox or switch. */
export function blockOption(confirm: ParentNode): HTMLElement | null {
  for (const box of confirm.querySelectorAll<HTMLElement>(
    'input[type="checkbox"], [role="checkbox"], [role="switch"]',
  )) {
    if (equalsAny(controlName(box), L.block)) return box;
  }
  return null;
}
