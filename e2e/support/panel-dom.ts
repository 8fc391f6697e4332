/**
 * Reads of the Hostguard panel page (src/panel) by test id, as plain functions for
 * `page.evaluate`: puppeteer (Firefox) and the bench cannot use the Playwright locators of
 * panel-view.ts. Self-contained: they run in the page.
 */
export interface PanelRosterRow {
  id: string | null;
  name: string;
  sharing: boolean;
}

export function readPanelRoster(): PanelRosterRow[] {
  return [...document.querySelectorAll('[data-testid="participant-row"]')].map((row) => ({
    id: row.getAttribute('data-participant-id'),
    name: row.querySelector('.participant-name')?.textContent ?? '',
    sharing: row.classList.contains('participant--sharing'),
  }));
}

/** Text of every alert row of one kind (`data-kind`), newest first as the panel lists them. */
export function readPanelAlerts(kind: string): string[] {
  return [...document.querySelectorAll(`[data-testid="alert"][data-kind="${kind}"]`)].map((a) => a.textContent ?? '');
}

/** `step:state` of each action result shown, newest first, e.g. `stop-share:ok`. */
export function readPanelResults(): string[] {
  return [...document.querySelectorAll('[data-testid="action-result"]')].map(
    (r) => `${r.getAttribute('data-step')}:${r.getAttribute('data-state')}`,
  );
}
