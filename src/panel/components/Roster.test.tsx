import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeConnector } from '../testing/fake-connector';
import { participant, sessionWith, T0 } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

const rows = () => screen.getAllByTestId('participant-row');
const rowOf = (id: string) => rows().find((row) => row.dataset.participantId === id)!;

function panelWith(...people: Parameters<typeof participant>[0][]) {
  const connector = new FakeConnector({ sessions: { 1: sessionWith(people.map(participant)) } });
  return renderPanel(connector);
}

describe('Roster', () => {
  it('lists present people newest first, then those who left', async () => {
    await panelWith(
      { id: 'host', name: 'Ms Host', role: 'host', self: true, joinedAt: T0 },
      { id: 'early', name: 'Early bird', joinedAt: T0 + 1_000 },
      { id: 'raider', name: 'Raider', joinedAt: T0 + 60_000, sharing: true },
      { id: 'gone', name: 'Gone', joinedAt: T0 + 90_000, present: false, leftAt: T0 + 95_000 },
    );
    expect(rows().map((row) => row.dataset.participantId)).toEqual(['raider', 'early', 'host', 'gone']);
    expect(screen.getByRole('heading', { name: 'Participants (3 present)' })).toBeTruthy();
  });

  it('shows role, sharing, left, removed and renamed states in words', async () => {
    await panelWith(
      { id: 'h', role: 'host', self: true },
      { id: 'c', role: 'cohost' },
      { id: 's', sharing: true, previousNames: ['First', 'Second'] },
      { id: 'l', present: false, removedAt: T0 },
    );
    expect(within(rowOf('h')).getByText('Host')).toBeTruthy();
    expect(within(rowOf('h')).getByText('You')).toBeTruthy();
    expect(within(rowOf('c')).getByText('Co-host')).toBeTruthy();
    expect(within(rowOf('s')).getByText('Sharing')).toBeTruthy();
    expect(within(rowOf('s')).getByText('Previously:')).toBeTruthy();
    expect(
      within(rowOf('s'))
        .getAllByTitle(/^(First|Second)$/)
        .map((n) => n.textContent),
    ).toEqual(['Second', 'First']);
    expect(within(rowOf('l')).getByText(/^Left/)).toBeTruthy();
    expect(within(rowOf('l')).getByText('Removed')).toBeTruthy();
  });

  it('offers Stop share only while sharing, and no actions on yourself, hosts or people who left', async () => {
    await panelWith(
      { id: 'me', name: 'Me', self: true, role: 'cohost' },
      { id: 'other-host', name: 'Other host', role: 'host' },
      { id: 'sharer', name: 'Sharer', sharing: true },
      { id: 'quiet', name: 'Quiet' },
      { id: 'left', name: 'Left', present: false },
    );
    const buttons = (id: string) =>
      within(rowOf(id))
        .queryAllByRole('button')
        .map((b) => b.textContent);
    expect(buttons('me')).toEqual([]);
    expect(buttons('other-host')).toEqual([]);
    expect(buttons('left')).toEqual([]);
    expect(buttons('sharer')).toEqual(['Stop share', 'Eject', 'Report']);
    expect(buttons('quiet')).toEqual(['Eject', 'Report']);
    expect(screen.getByRole('button', { name: 'Eject Sharer' })).toBeTruthy();
  });

  it('stops a share from the row', async () => {
    const { connector } = await panelWith({ id: 'sharer', sharing: true });
    within(rowOf('sharer'))
      .getByRole('button', { name: /^Stop share/ })
      .click();
    expect(connector.sent).toEqual([{ tabId: 1, command: { kind: 'stop-share', participantId: 'sharer' } }]);
  });

  it('greys out actions the platform lacks and says what to do instead', async () => {
    const s = sessionWith([participant({ id: 'x', name: 'X', sharing: true })], {
      platform: 'zoom',
      capabilities: ['stop-share'],
    });
    const { connector } = await renderPanel(new FakeConnector({ sessions: { 1: s } }));
    const eject = screen.getByRole('button', { name: 'Eject X' });
    expect(eject.getAttribute('aria-disabled')).toBe('true');
    const note = document.getElementById(eject.getAttribute('aria-describedby')!)!;
    expect(note.textContent).toBe(
      'Eject is not available on Zoom: in Zoom, open Participants, hover the person, click More › Remove.',
    );
    eject.click();
    expect(screen.queryByTestId('eject-dialog')).toBeNull();
    expect(connector.sent).toEqual([]);
    expect(screen.getByRole('button', { name: 'Stop share X' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('renders hostile names as inert, bounded text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">\u202Egnp.exe';
    await panelWith({ id: 'evil', name: payload }, { id: 'long', name: 'W'.repeat(10_000) });
    const row = rowOf('evil');
    expect(row.querySelector('img, script')).toBeNull();
    expect(row.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(within(row).getByText('⟨U+202E⟩')).toBeTruthy();
    expect(within(row).getByText('Hidden characters')).toBeTruthy();
    expect(row.querySelector('bdi')?.getAttribute('dir')).toBe('auto');
    expect(rowOf('long').querySelector('bdi')!.textContent!.length).toBeLessThan(100);
  });
});
