import { findByLabel, findControl } from '../../../kit/controls';
import { bail, closeMenus, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { LABELS } from '../labels';
import { S } from '../selectors';
import { menuFor, menuItems } from './menu';
import { ensureRoster } from './roster';

/*
 * The People pane's "More actions" menu (support.microsoft.com "Lock a meeting in Microsoft
 * Teams": "In the Participants pane, select More actions > Lock the meeting > Lock"; "Manage
 * attendee audio and video permissions": "Disable mic for attendees" / "Allow mic for
 * attendees"). Its item labels are the only place the page shows these two settings.
 */
export type PaneSetting = 'locked' | 'unmuteAllowed';
const POLL_MS = 100;

async function paneTrigger(doc: Document, signal: AbortSignal): Promise<HTMLElement> {
  await ensureRoster(doc, signal);
  const pane = findControl(S.rosterPane, doc) ?? doc;
  return required(
    findByLabel(pane.querySelectorAll<HTMLElement>('button'), LABELS.paneMore),
    'People pane "More actions"',
  );
}

export function readItems(items: readonly HTMLElement[]): Partial<Record<PaneSetting, boolean>> {
  const has = (labels: readonly string[]) => findByLabel(items, labels) !== null;
  const out: Partial<Record<PaneSetting, boolean>> = {};
  if (has(LABELS.unlockMeeting)) out.locked = true;
  else if (has(LABELS.lockMeeting)) out.locked = false;
  if (has(LABELS.allowMic)) out.unmuteAllowed = false;
  else if (has(LABELS.disableMic)) out.unmuteAllowed = true;
  return out;
}

/** Opens the menu and reads what its items say; leaves it open. */
export async function readPaneMenu(doc: Document, signal: AbortSignal) {
  const trigger = await paneTrigger(doc, signal);
  const items = await menuItems(doc, trigger, 'the People pane menu', signal);
  return { trigger, items, state: readItems(items) };
}

export function closePaneMenu(doc: Document, trigger: HTMLElement): void {
  if (!menuFor(doc, trigger)) return;
  if (trigger.getAttribute('aria-expanded') === 'true') trigger.click();
  else closeMenus(doc);
}

/** Clicks the item that turns `key` to `want` (and confirms "Lock this meeting?" / its unlock twin). */
export async function applyPaneSetting(doc: Document, key: PaneSetting, want: boolean, signal: AbortSignal) {
  const { items } = await readPaneMenu(doc, signal);
  const labels =
    key === 'locked' ? (want ? LABELS.lockMeeting : LABELS.unlockMeeting) : want ? LABELS.allowMic : LABELS.disableMic;
  const item = findByLabel(items, labels) ?? bail('control-missing', `People pane menu has no "${labels[0]}"`);
  item.click();
  if (key !== 'locked') return;
  const dialog = await waitFor(
    () => doc.querySelector<HTMLElement>('[role="dialog"], [role="alertdialog"]'),
    'lock confirmation',
    {
      signal,
      root: doc.documentElement,
    },
  );
  const confirm = want ? LABELS.lockConfirm : LABELS.unlockConfirm;
  required(findByLabel(dialog.querySelectorAll<HTMLElement>('button'), confirm), `"${confirm[0]}" button`).click();
}

/** Re-opens the menu until its labels show `key = want` or the time is up; returns what it last read. */
export async function paneShows(
  doc: Document,
  key: PaneSetting,
  want: boolean,
  signal: AbortSignal,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { trigger, state } = await readPaneMenu(doc, signal);
    closePaneMenu(doc, trigger);
    if (state[key] === want || Date.now() > deadline) return state[key];
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
