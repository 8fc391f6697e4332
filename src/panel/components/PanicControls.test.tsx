import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingSession } from '../../shared/model/session';
import { FakeConnector } from '../testing/fake-connector';
import { session, T0 } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

const panelFor = (overrides: Partial<MeetingSession>) =>
  renderPanel(new FakeConnector({ sessions: { 1: session(overrides) } }));
const describedText = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('PANIC', () => {
  it('is one button named PANIC that sends panic and shows its shortcut', async () => {
    const { connector } = await panelFor({});
    const panic = screen.getByRole('button', { name: 'PANIC' });
    expect(panic.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+K');
    expect(panic.textContent).toContain('Alt+Shift+K');
    panic.click();
    expect(connector.sent).toEqual([{ tabId: 1, command: { kind: 'panic' } }]);
  });

  it('ignores a second press while the first is running', async () => {
    const { connector } = await panelFor({});
    let answer!: (value: unknown) => void;
    connector.reply = () => new Promise((resolve) => (answer = resolve));
    const panic = screen.getByRole('button', { name: 'PANIC' });
    panic.click();
    await waitFor(() => expect(panic.getAttribute('aria-busy')).toBe('true'));
    panic.click();
    expect(connector.sent).toHaveLength(1);
    answer({ ok: true, steps: [] });
    await waitFor(() => expect(panic.getAttribute('aria-busy')).toBeNull());
  });

  it('is greyed out with the manual fallback when the platform cannot do it', async () => {
    const { connector } = await panelFor({ platform: 'teams', capabilities: ['remove'] });
    const panic = screen.getByRole('button', { name: 'PANIC' });
    expect(panic.getAttribute('aria-disabled')).toBe('true');
    expect(describedText(panic)).toContain(
      'PANIC is not available on Microsoft Teams: in Teams, open People: make the presenter an attendee, then choose ⋯ › Lock the meeting.',
    );
    panic.click();
    expect(connector.sent).toEqual([]);
  });
});

describe('Stop all shares and Lock meeting', () => {
  it('send their commands', async () => {
    const { connector } = await panelFor({});
    screen.getByRole('button', { name: 'Stop all shares' }).click();
    screen.getByRole('button', { name: 'Lock meeting' }).click();
    expect(connector.sent.map((s) => s.command)).toEqual([{ kind: 'stop-shares' }, { kind: 'lock' }]);
  });

  it('are greyed out separately by capability', async () => {
    await panelFor({ capabilities: ['stop-share'] });
    expect(screen.getByRole('button', { name: 'Stop all shares' }).getAttribute('aria-disabled')).toBeNull();
    const lock = screen.getByRole('button', { name: 'Lock meeting' });
    expect(lock.getAttribute('aria-disabled')).toBe('true');
    expect(describedText(lock)).toContain('Lock meeting is not available on Practice meeting');
  });
});

describe('Restore', () => {
  it('is unavailable before any panic, and says why', async () => {
    await panelFor({});
    const restore = screen.getByRole('button', { name: 'Restore' });
    expect(restore.getAttribute('aria-disabled')).toBe('true');
    expect(describedText(restore)).toContain('Nothing to restore');
  });

  it('after panic, lists what it will put back and sends restore', async () => {
    const panic = { runId: 'r', startedAt: T0, finishedAt: T0 + 800, snapshot: { shareAllowed: true, locked: false } };
    const { connector } = await panelFor({ panic });
    const restore = screen.getByRole('button', { name: 'Restore' });
    expect(restore.getAttribute('aria-disabled')).toBeNull();
    const items = within(screen.getByTestId('restore-list'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(['Participants can share their screen', 'Meeting open to new participants']);
    restore.click();
    expect(connector.sent).toEqual([{ tabId: 1, command: { kind: 'restore' } }]);
  });

  it('is unavailable again once restored, or when panic saved nothing', async () => {
    const restored = { runId: 'r', startedAt: T0, snapshot: { locked: false }, restoredAt: T0 + 5_000 };
    await panelFor({ panic: restored });
    expect(screen.getByRole('button', { name: 'Restore' }).getAttribute('aria-disabled')).toBe('true');
    cleanup();
    await panelFor({ panic: { runId: 'r', startedAt: T0, snapshot: {} } });
    expect(screen.getByRole('button', { name: 'Restore' }).getAttribute('aria-disabled')).toBe('true');
  });
});
