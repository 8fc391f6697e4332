import { browser } from './browser';

/**
 * Opens Hostguard's panel. Must be called synchronously inside a user gesture (a command
 * listener or a click): one `await` before it and both browsers refuse.
 */
export function openPanel(windowId: number | undefined): Promise<void> {
  if (__FIREFOX__) {
    // COMPAT(firefox): no sidePanel API; sidebar_action is the same page in Firefox's sidebar.
    return browser.sidebarAction.open();
  }
  if (windowId === undefined) return Promise.reject(new Error('no window to open the side panel in'));
  return chrome.sidePanel.open({ windowId });
}

/** The toolbar button opens the panel too (Chrome does it natively once told to). */
export function openPanelOnToolbarClick(): void {
  if (__FIREFOX__) {
    browser.action.onClicked.addListener(() => void browser.sidebarAction.toggle());
    return;
  }
  void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
}
