import { findControl } from '../../../kit/controls';
import { confirmed, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { findAccessRadio, findSwitch } from '../host-controls-reader';
import { peopleButton, rosterList } from '../page';
import { S } from '../selectors';

/*
 * Meet has one side-panel slot (People, Chat, Host controls...): opening one replaces the other,
 * and clicking the open panel's button closes it. So each opener checks first.
 */

/** The People list, opening the panel if it is closed. */
export async function ensurePeople(doc: Document, signal: AbortSignal): Promise<HTMLElement> {
  const list = rosterList(doc);
  if (list) return list;
  required(peopleButton(doc), 'People button').click();
  return waitFor(() => rosterList(doc), 'People list', { signal });
}

/** Puts People back after an action used another panel, so the roster keeps being watched. */
export async function restorePeople(doc: Document, signal: AbortSignal): Promise<void> {
  if (rosterList(doc) || signal.aborted) return;
  const button = peopleButton(doc);
  if (!button) return;
  button.click();
  await confirmed(() => rosterList(doc) !== null, 'People list back', signal);
}

/** The open side panel if it holds Host controls' switches or access radios. */
export function hostControlsPanel(doc: Document): HTMLElement | null {
  for (const panel of doc.querySelectorAll<HTMLElement>(S.sidePanel.selectors[0]!)) {
    if (
      findSwitch(panel, 'hostManagement') ||
      findSwitch(panel, 'shareAllowed') ||
      findAccessRadio(panel, 'restricted')
    ) {
      return panel;
    }
  }
  return null;
}

export async function openHostControls(doc: Document, signal: AbortSignal): Promise<HTMLElement> {
  const open = hostControlsPanel(doc);
  if (open) return open;
  required(findControl<HTMLElement>(S.hostControlsButton, doc), 'Host controls button').click();
  return waitFor(() => hostControlsPanel(doc), 'Host controls panel', { signal });
}

/** The chat panel's host switch "Let participants send messages" (engagium doc, 2025-11). */
export async function openChatSwitch(doc: Document, signal: AbortSignal): Promise<HTMLElement> {
  const open = findSwitch(doc, 'chatPanelSwitch');
  if (open) return open;
  required(findControl<HTMLElement>(S.chatButton, doc), '"Chat with everyone" button').click();
  return waitFor(() => findSwitch(doc, 'chatPanelSwitch'), '"Let participants send messages" switch', { signal });
}
