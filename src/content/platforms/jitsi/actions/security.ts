import { findAllControls, findByLabel, findControl } from '../../../kit/controls';
import { isChecked, toggleTo } from '../../../kit/menus';
import { confirmed, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { lobbyOn, lobbySwitch } from '../page';
import { LABELS, S } from '../selectors';
import { openOverflow } from './pane';

/*
 * The lobby, in the Security Options dialog (SecurityDialog.tsx, LobbySection.tsx): reached from
 * "Security options", a main-toolbar button on some layouts and an item of "More actions" in the
 * default one (tests/pageobjects/Toolbar.ts clickSecurityButton). The switch is a native
 * checkbox; it is controlled, so after a click it shows the old state until the conference
 * confirms, and toggleTo re-reads it until then.
 */

export async function openSecurityDialog(doc: Document, signal: AbortSignal): Promise<HTMLElement> {
  const open = () => findControl<HTMLElement>(S.securityDialog, doc);
  if (open()) return waitFor(() => lobbySwitch(doc) && open(), 'lobby switch', { signal });
  // A Security options button outside the overflow menu (main-toolbar layouts) goes first.
  const inOverflow = S.overflowMenu.selectors.join(', ');
  const onToolbar = findAllControls<HTMLElement>(S.securityButton, doc).find((el) => !el.closest(inOverflow));
  if (onToolbar) onToolbar.click();
  else {
    const menu = await openOverflow(doc, signal);
    const items = menu.querySelectorAll<HTMLElement>('[role="menuitem"], [aria-label]');
    required(findByLabel(items, LABELS.security), '"Security options" in More actions').click();
  }
  // The lobby section is absent where the deployment has no lobby: then there is no lock here.
  return waitFor(() => (lobbySwitch(doc) ? open() : null), 'Security Options dialog with the lobby switch', { signal });
}

export const readLocked = lobbyOn;

export function setLocked(doc: Document, locked: boolean, signal: AbortSignal): Promise<boolean> {
  return toggleTo(() => lobbySwitch(doc), locked, isChecked, 'lobby switch', signal);
}

/** Closes the dialog with its close icon; not confirming is not fatal (the work is done). */
export async function closeSecurityDialog(doc: Document, signal: AbortSignal): Promise<void> {
  const dialog = findControl(S.securityDialog, doc)?.closest('[role="dialog"]');
  if (!dialog) return;
  const close = findControl<HTMLElement>(S.dialogClose, dialog) ?? findControl<HTMLElement>(S.dialogClose, doc);
  close?.click();
  await confirmed(() => !findControl(S.securityDialog, doc), 'Security Options dialog closed', signal, 1_000);
}
