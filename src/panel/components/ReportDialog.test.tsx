import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_CATEGORIES } from '../../shared/model/report';
import { FakeConnector } from '../testing/fake-connector';
import { participant, sessionWith } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

async function openReport() {
  const connector = new FakeConnector({ sessions: { 1: sessionWith([participant({ id: 'p3', name: 'Raider' })]) } });
  const panel = await renderPanel(connector);
  screen.getByRole('button', { name: 'Report Raider' }).click();
  const dialog = await screen.findByRole('dialog', { name: 'Report Raider' });
  return { ...panel, dialog };
}

describe('ReportDialog', () => {
  it('offers every category, starting with focus on the category', async () => {
    const { dialog } = await openReport();
    const select = within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'Category' });
    expect([...select.options].map((o) => o.value)).toEqual([...REPORT_CATEGORIES]);
    expect(document.activeElement).toBe(select);
  });

  it('sends category, description and also-remove, then asks to confirm in the meeting', async () => {
    const { dialog, connector } = await openReport();
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Category' }), { target: { value: 'harassment' } });
    fireEvent.input(within(dialog).getByRole('textbox', { name: 'What happened (optional)' }), {
      target: { value: 'Slurs in chat at 14:02' },
    });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Also remove them from the meeting' }));
    within(dialog).getByRole('button', { name: 'Prefill report' }).click();
    expect(connector.sent).toEqual([
      {
        tabId: 1,
        command: {
          kind: 'report',
          participantId: 'p3',
          category: 'harassment',
          description: 'Slurs in chat at 14:02',
          alsoRemove: true,
        },
      },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('Report on Raider: confirm the report in the meeting window.');
  });

  it('says plainly that child-safety reports never capture images', async () => {
    const { dialog } = await openReport();
    expect(within(dialog).queryByTestId('child-safety-notice')).toBeNull();
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Category' }), { target: { value: 'child-safety' } });
    expect(within(dialog).getByTestId('child-safety-notice').textContent).toMatch(/never captures or stores images/);
  });
});
