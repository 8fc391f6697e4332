import type { Locator, Page } from '@playwright/test';

/** The panel as the host reads it, by its test ids (src/panel/components). */
export const panicButton = (panel: Page): Locator => panel.getByTestId('panic-button');
export const roster = (panel: Page): Locator => panel.getByTestId('roster');
export const panelRow = (panel: Page, participantId: string): Locator =>
  roster(panel).locator(`[data-testid="participant-row"][data-participant-id="${participantId}"]`);
export const alertsOfKind = (panel: Page, kind: string): Locator =>
  panel.getByTestId('alert-list').locator(`[data-testid="alert"][data-kind="${kind}"]`);
export const actionResults = (panel: Page): Locator => panel.getByTestId('action-results').getByTestId('action-result');

/** Roster row ids, top to bottom, as rendered. */
export const rosterIds = (panel: Page): Promise<string[]> =>
  roster(panel)
    .getByTestId('participant-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-participant-id') ?? ''));
