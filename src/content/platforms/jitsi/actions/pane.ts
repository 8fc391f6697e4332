import { findByLabel, findControl } from '../../../kit/controls';
import { bail, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { paneOf, rowOf } from '../page';
import { EVERYONE_DIALOG, LABELS, ROW_HOOKS, S } from '../selectors';

/**
 * The participants pane, opened from the toolbar (or the overflow menu on narrow layouts) when
 * the host has it closed; it is closed when a Jitsi meeting loads (meeting-dom.md §4.1).
 */
export async function ensurePane(doc: Document, signal: AbortSignal): Promise<HTMLElement> {
  const pane = paneOf(doc);
  if (pane) return pane;
  const button = findControl<HTMLElement>(S.participantsOpenButton, doc);
  if (button) button.click();
  else {
    const menu = await openOverflow(doc, signal);
    required(findControl<HTMLElement>(S.participantsOpenButton, menu), 'Participants in the More actions menu').click();
  }
  return waitFor(() => paneOf(doc), 'participants pane', { signal });
}

/** "More actions" → `#overflow-context-menu`, once its items have rendered. */
export async function openOverflow(doc: Document, signal: AbortSignal): Promise<HTMLElement> {
  const ready = () => {
    const menu = findControl<HTMLElement>(S.overflowMenu, doc);
    return menu?.querySelector('[role="menuitem"], [aria-label]') ? menu : null;
  };
  if (!ready()) required(findControl<HTMLElement>(S.overflowButton, doc), 'More actions button').click();
  return waitFor(ready, 'More actions menu items', { signal });
}

/** The target's meeting row, by its endpoint id: a display name never steers this. */
export async function findRow(doc: Document, participantId: string, signal: AbortSignal): Promise<HTMLElement> {
  const row = rowOf(await ensurePane(doc, signal), participantId);
  return row ?? bail('target-missing', `participant ${participantId} is not in the participants pane`);
}

/**
 * The participant menu raised for this participant: the container of its Kick out item
 * (`#ejectlink_<id>`, present for every remote participant a moderator sees).
 */
function menuFor(doc: Document, participantId: string): HTMLElement | null {
  const kick =
    doc.querySelector<HTMLElement>(ROW_HOOKS.kick(participantId)) ??
    // Builds without endpoint ids on the item: the one participant menu raised now.
    [...doc.querySelectorAll<HTMLElement>(ROW_HOOKS.kickClass)].find((item) => !item.closest('#lobby-list'));
  return kick?.closest<HTMLElement>('[role="menu"]') ?? kick?.parentElement?.parentElement ?? null;
}

/** Raises the row's participant menu (its ellipsis toggles it) and waits for its items. */
export async function openParticipantMenu(
  doc: Document,
  row: HTMLElement,
  participantId: string,
  signal: AbortSignal,
): Promise<HTMLElement> {
  if (!menuFor(doc, participantId)) {
    const more =
      row.querySelector<HTMLElement>(ROW_HOOKS.more(participantId)) ??
      findByLabel(row.querySelectorAll<HTMLElement>('button'), LABELS.moreParticipantOptions);
    required(more, 'More participant options button in the row').click();
  }
  return waitFor(() => menuFor(doc, participantId), 'participant menu items', { signal });
}

/** A menu item by its legacy class, else by its own label. */
export function menuItem(menu: ParentNode, className: string, labels: readonly string[]): HTMLElement | null {
  return (
    menu.querySelector<HTMLElement>(className) ??
    findByLabel(menu.querySelectorAll<HTMLElement>(ROW_HOOKS.menuItem), labels)
  );
}

/** A confirm dialog: titled as expected, or at least offering the expected OK button. */
export function waitConfirm(
  doc: Document,
  titles: readonly string[],
  confirms: readonly string[],
  what: string,
  signal: AbortSignal,
  aboutEveryone = false,
): Promise<{ dialog: HTMLElement; ok: HTMLElement }> {
  const lower = titles.map((title) => title.toLowerCase());
  return waitFor(
    () => {
      for (const dialog of doc.querySelectorAll<HTMLElement>(S.dialog.selectors[0]!)) {
        const title = (
          dialog.getAttribute('aria-label') ??
          dialog.querySelector('#dialog-title')?.textContent ??
          ''
        ).trim();
        const ok =
          findControl<HTMLElement>(S.dialogOk, dialog) ??
          findByLabel(dialog.querySelectorAll<HTMLElement>('button'), confirms);
        if (!ok) continue;
        // The expected title, or else the expected OK label on a dialog that is not about
        // everyone ("Stop everyone's screen share?" has the same OK as the one-person dialog).
        const titled = lower.includes(title.toLowerCase());
        const labelled = findByLabel([ok], confirms) !== null;
        if (titled || (labelled && (aboutEveryone || !EVERYONE_DIALOG.test(title)))) return { dialog, ok };
      }
      return null;
    },
    what,
    { signal },
  );
}
