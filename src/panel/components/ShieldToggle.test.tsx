import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingSession } from '../../shared/model/session';
import { FakeConnector } from '../testing/fake-connector';
import { session, T0 } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

const panelFor = (overrides: Partial<MeetingSession>, connector = new FakeConnector()) => {
  connector.snapshot.sessions[1] = session(overrides);
  return renderPanel(connector);
};
const toggle = () => screen.getByRole('button', { name: 'Shield' });
const described = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('ShieldToggle', () => {
  it('is off when the session has no shield state, says so, and sends shield on', async () => {
    const { connector } = await panelFor({});
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
    expect(described(toggle())).toContain('Shield off');
    toggle().click();
    expect(connector.sent).toEqual([{ tabId: 1, command: { kind: 'shield', on: true } }]);
  });

  it('reflects session.shield on, says Hostguard acts on its own, and sends shield off', async () => {
    const { connector } = await panelFor({ shield: { on: true, changedAt: T0 } });
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('shield-state').textContent).toContain('Shield on: Hostguard acts on its own');
    toggle().click();
    expect(connector.sent.map((s) => s.command)).toEqual([{ kind: 'shield', on: false }]);
  });

  it('follows the session when the background turns Shield on (e.g. from the shortcut)', async () => {
    const { connector } = await panelFor({});
    connector.emit({ sessions: { 1: session({ shield: { on: true, changedAt: T0 + 1000 } }) } });
    await waitFor(() => expect(toggle().getAttribute('aria-pressed')).toBe('true'));
    connector.emit({ sessions: { 1: session({ shield: { on: false, changedAt: T0 + 2000 } }) } });
    await waitFor(() => expect(toggle().getAttribute('aria-pressed')).toBe('false'));
    expect(screen.getByTestId('shield-state').textContent).toContain('Shield off');
  });

  it('ignores a second press while the first is on its way', async () => {
    const connector = new FakeConnector();
    let answer!: (value: unknown) => void;
    connector.reply = () => new Promise((resolve) => (answer = resolve));
    await panelFor({}, connector);
    toggle().click();
    await waitFor(() => expect(toggle().getAttribute('aria-busy')).toBe('true'));
    toggle().click();
    expect(connector.sent).toHaveLength(1);
    answer({ ok: true, steps: [] });
    await waitFor(() => expect(toggle().getAttribute('aria-busy')).toBeNull());
  });

  it('shows no shortcut while toggle-shield has none, and the chord once the host assigns one', async () => {
    await panelFor({});
    expect(toggle().querySelector('kbd')).toBeNull();
    expect(toggle().getAttribute('aria-keyshortcuts')).toBeNull();
    cleanup();

    const connector = new FakeConnector();
    connector.shortcuts = connector.shortcuts.map((s) =>
      s.name === 'toggle-shield' ? { ...s, shortcut: 'Alt+Shift+S' } : s,
    );
    await panelFor({}, connector);
    expect(toggle().querySelector('kbd')?.textContent).toBe('Alt+Shift+S');
    expect(toggle().getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+S');
  });

  it('is greyed out, with the reason, once the meeting tab closed', async () => {
    const { connector } = await panelFor({ endedAt: T0 + 60_000, shield: { on: true, changedAt: T0 } });
    expect(toggle().getAttribute('aria-disabled')).toBe('true');
    expect(described(toggle())).toContain('Shield is not available: this meeting tab was closed.');
    toggle().click();
    expect(connector.sent).toEqual([]);
  });
});
