import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeConnector } from '../testing/fake-connector';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

describe('Shortcuts', () => {
  it('lists each command with its assigned keys and no warning when all are set', async () => {
    await renderPanel();
    const list = screen.getByTestId('shortcuts');
    expect(within(list).getByText('Panic: stop all shares and lock the meeting').nextElementSibling!.textContent).toBe(
      'Alt+Shift+K',
    );
    expect(screen.queryByTestId('shortcut-warning')).toBeNull();
  });

  it('warns about an unassigned shortcut with the Chrome settings page', async () => {
    const connector = new FakeConnector();
    connector.shortcuts = connector.shortcuts.map((s) => (s.name === 'panic' ? { ...s, shortcut: '' } : s));
    await renderPanel(connector);
    expect(within(screen.getByTestId('shortcuts')).getByText('Not assigned')).toBeTruthy();
    expect(screen.getByTestId('shortcut-warning').textContent).toContain('chrome://extensions/shortcuts');
    screen.getByRole('button', { name: 'Open shortcut settings' }).click();
    expect(connector.shortcutSettingsOpened).toBe(1);
  });

  it('points Firefox users to about:addons', async () => {
    const connector = new FakeConnector();
    connector.flavor = 'firefox';
    connector.shortcuts = [];
    await renderPanel(connector);
    expect(screen.getByTestId('shortcut-warning').textContent).toContain('Manage Extension Shortcuts');
  });
});

describe('EmptyState and drills', () => {
  it('explains Hostguard and runs a drill when no meeting is open', async () => {
    const { connector } = await renderPanel();
    expect(screen.getByRole('heading', { name: 'No meeting open' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'PANIC' })).toBeNull();
    screen.getByRole('button', { name: 'Run a drill' }).click();
    expect(connector.drillsOpened).toBe(1);
  });
});
