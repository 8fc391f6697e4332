import { KEYBOARD_COMMANDS, type KeyboardCommandName } from '../shared/actions';
import { openPanel } from '../shared/platform/panel-opener';
import type { CommandOutcome } from '../shared/protocol/messages';
import { allSessions, getFocus, getSession } from './session/session-store';
import { executeCommand } from './commands/execute';
import { noteActiveTabGrant } from './evidence/capture-tab';
import { fileIncidentReport } from './reports/file-incident-report';

/**
 * A keyboard command (the page cannot forge these). Opening the panel happens synchronously,
 * before any await, or the browser no longer counts it as the user's gesture.
 */
export function onKeyboardCommand(
  name: string,
  tab?: { id?: number; windowId?: number },
): Promise<CommandOutcome | undefined> {
  const command = KEYBOARD_COMMANDS.find((c) => c.name === (name as KeyboardCommandName));
  if (!command) return Promise.resolve(undefined);
  // Any shortcut grants activeTab on the tab in front: evidence capture is armed there.
  if (tab?.id !== undefined) noteActiveTabGrant(tab.id);
  if (command.run === 'open-panel') {
    return openPanel(tab?.windowId).then(
      () => undefined,
      (error: unknown) => void console.warn('Hostguard could not open its panel:', error),
    );
  }
  const run = command.run;
  return meetingTabFor(tab?.id).then(async (tabId) => {
    if (tabId === undefined) return undefined;
    if (run === 'file-report') return fileIncidentReport(tabId);
    if (run !== 'toggle-shield') return executeCommand(tabId, { kind: run }, 'shortcut');
    const on = !(await getSession(tabId))?.shield?.on;
    return executeCommand(tabId, { kind: 'shield', on }, 'shortcut');
  });
}

/** The meeting the shortcut is about: the active tab if it is one, else the one the host used last. */
async function meetingTabFor(activeTabId: number | undefined): Promise<number | undefined> {
  if (activeTabId !== undefined && (await getSession(activeTabId))) return activeTabId;
  const focus = await getFocus();
  if (focus && (await getSession(focus.tabId))) return focus.tabId;
  const sessions = await allSessions();
  return sessions.sort((a, b) => b.updatedAt - a.updatedAt)[0]?.tabId;
}
