import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeConnector } from '../testing/fake-connector';
import { participant, sessionWith } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

async function openEject() {
  const connector = new FakeConnector({ sessions: { 1: sessionWith([participant({ id: 'p9', name: 'Troll' })]) } });
  const panel = await renderPanel(connector);
  const rowButton = screen.getByRole('button', { name: 'Eject Troll' });
  rowButton.focus();
  rowButton.click();
  const dialog = await screen.findByRole('dialog', { name: /^Eject Troll\s?\?$/ });
  return { ...panel, dialog, rowButton };
}

describe('EjectDialog', () => {
  it('opens modal with rejoin blocked by default and focus on the confirm button', async () => {
    const { dialog } = await openEject();
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(within(dialog).getByRole<HTMLInputElement>('checkbox', { name: "Don't allow them to rejoin" }).checked).toBe(
      true,
    );
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Eject' }));
  });

  it('sends eject with blockRejoin and returns focus to the row', async () => {
    const { dialog, connector, rowButton } = await openEject();
    within(dialog).getByRole('button', { name: 'Eject' }).click();
    expect(connector.sent).toEqual([{ tabId: 1, command: { kind: 'eject', participantId: 'p9', blockRejoin: true } }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(rowButton);
  });

  it('lets the host allow a rejoin', async () => {
    const { dialog, connector } = await openEject();
    fireEvent.click(within(dialog).getByRole('checkbox'));
    within(dialog).getByRole('button', { name: 'Eject' }).click();
    expect(connector.sent[0]?.command).toEqual({ kind: 'eject', participantId: 'p9', blockRejoin: false });
  });

  it('sends nothing on Cancel', async () => {
    const { dialog, connector, rowButton } = await openEject();
    within(dialog).getByRole('button', { name: 'Cancel' }).click();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(connector.sent).toEqual([]);
    expect(document.activeElement).toBe(rowButton);
  });

  it('closes when the browser closes the dialog (Escape)', async () => {
    const { dialog, connector } = await openEject();
    (dialog as HTMLDialogElement).close(); // what Escape does to a modal <dialog>
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(connector.sent).toEqual([]);
  });
});
