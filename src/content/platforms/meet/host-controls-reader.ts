import type { MeetingSettings } from '../../../shared/model/settings';
import { L } from './selectors';
import { isOn } from './page';
import { equalsAny } from './text';

/*
 * Host controls as the page shows them. Switches are `[role=switch]` named by aria-label (Thai
 * test notes, file #68865946355, 2026), or by aria-labelledby / the label beside them. The access
 * type is a radio group "Open / Trusted / Restricted" (Google Help, 2023). Wording is Google
 * Help's, since no public code records this panel (meeting-dom.md §2.3).
 */

export type MeetSwitch = 'hostManagement' | 'shareAllowed' | 'chatAllowed' | 'chatPanelSwitch' | 'unmuteAllowed';

export function controlName(control: Element): string {
  const label = control.getAttribute('aria-label');
  if (label) return label;
  const doc = control.ownerDocument;
  const ref = control.getAttribute('aria-labelledby');
  if (ref)
    return ref
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ');
  const id = control.getAttribute('id');
  const forLabel = id ? doc.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
  return (forLabel ?? control.closest('label'))?.textContent ?? '';
}

export function findSwitch(root: ParentNode, key: MeetSwitch): HTMLElement | null {
  for (const control of root.querySelectorAll<HTMLElement>('[role="switch"], input[type="checkbox"]')) {
    if (equalsAny(controlName(control), L[key])) return control;
  }
  return null;
}

export type AccessChoice = 'open' | 'trusted' | 'restricted';
const ACCESS_LABELS = { open: L.accessOpen, trusted: L.accessTrusted, restricted: L.accessRestricted } as const;

export function findAccessRadio(root: ParentNode, choice: AccessChoice): HTMLElement | null {
  for (const radio of root.querySelectorAll<HTMLElement>('input[type="radio"], [role="radio"]')) {
    const own = controlName(radio) || (radio.textContent ?? '');
    if (equalsAny(own, ACCESS_LABELS[choice])) return radio;
  }
  return null;
}

/** Restricted is our `locked` (Meet has no literal lock: platforms-and-anchors.md row "Lock meeting"). */
export function readLocked(root: ParentNode): boolean | undefined {
  const restricted = findAccessRadio(root, 'restricted');
  return restricted ? isOn(restricted) : undefined;
}

/** Every setting whose control is on the page right now (Host controls or the chat panel open). */
export function readVisibleSettings(root: ParentNode): Partial<MeetingSettings> {
  const out: Partial<MeetingSettings> = {};
  const share = findSwitch(root, 'shareAllowed');
  if (share) out.shareAllowed = isOn(share);
  const chat = findSwitch(root, 'chatAllowed') ?? findSwitch(root, 'chatPanelSwitch');
  if (chat) out.chatAllowed = isOn(chat);
  const unmute = findSwitch(root, 'unmuteAllowed');
  if (unmute) out.unmuteAllowed = isOn(unmute);
  const locked = readLocked(root);
  if (locked !== undefined) out.locked = locked;
  return out;
}
