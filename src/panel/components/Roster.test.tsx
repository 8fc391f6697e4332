import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Mark } from '../../shared/model/participant';
import { FakeConnector } from '../testing/fake-connector';
import { alert, participant, sessionWith, T0 } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

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

/** The roster judges "new" and incidents against the wall clock: pin it (Date only). */
function clockAt(now: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
}

const mark = (alertId: string, at = T0): Mark => ({ at, alertId, alertKind: 'hostile-name' });
const tipOf = (badge: HTMLElement) => document.getElementById(badge.getAttribute('aria-describedby')!)!;
const badgeIn = (id: string, label: string) => within(rowOf(id)).getByText(label, { exact: true });

describe('Roster threat badges', () => {
  it('shows New, Unknown, Flagged, Impersonating and Rejoined as focusable words with their reasons', async () => {
    const NOW = T0 + 30_000;
    clockAt(NOW);
    const hostile = alert({
      id: 'a-name',
      kind: 'hostile-name',
      severity: 'warning',
      participantId: 'x',
      name: 'Bad <b>name</b>',
      values: { category: 'obscene', term: 'idiot' },
    });
    const s = sessionWith(
      [
        participant({ id: 'host', role: 'host', self: true, joinedAt: NOW - 5_000, arrivedLive: true }),
        participant({ id: 'mod', role: 'cohost', joinedAt: NOW - 5_000, arrivedLive: true }),
        participant({ id: 'fresh', joinedAt: NOW - 20_000, arrivedLive: true }),
        participant({ id: 'already-there', joinedAt: NOW - 20_000 }),
        participant({
          id: 'x',
          name: 'Bad <b>name</b>',
          joinedAt: T0 - 600_000,
          marks: { flagged: mark('a-name'), unknown: mark('gone-1'), impersonating: mark('gone-2') },
        }),
        participant({ id: 'back', joinedAt: T0 - 600_000, marks: { rejoined: mark('gone-3', T0) } }),
      ],
      { alerts: [hostile] },
    );
    await renderPanel(new FakeConnector({ sessions: { 1: s } }));

    const fresh = badgeIn('fresh', 'New');
    expect(fresh.tabIndex).toBe(0);
    expect(tipOf(fresh).getAttribute('role')).toBe('tooltip');
    expect(tipOf(fresh).textContent).toMatch(/^Joined at .+, less than 2 min ago\.$/);
    // Moderators and the host are never "new"; neither is someone who joined long ago.
    expect(within(rowOf('host')).queryByText('New')).toBeNull();
    expect(within(rowOf('mod')).queryByText('New')).toBeNull();
    expect(within(rowOf('x')).queryByText('New')).toBeNull();
    // Nor someone who was already in the meeting when Hostguard first read the roster.
    expect(within(rowOf('already-there')).queryByText('New')).toBeNull();

    // The alert that set the mark gives its own sentence, the name inert text.
    const flagged = badgeIn('x', 'Flagged');
    expect(flagged.tabIndex).toBe(0);
    expect(tipOf(flagged).textContent).toBe('Bad <b>name</b>: the name contains a obscene term (idiot)');
    expect(tipOf(flagged).querySelector('b')).toBeNull();
    // Alerts capped away: a generic reason per mark kind.
    expect(tipOf(badgeIn('x', 'Unknown')).textContent).toMatch(/^Not on the expected-attendee list \(marked at /);
    expect(tipOf(badgeIn('x', 'Impersonating')).textContent).toMatch(/^The name looks like someone else’s/);
    expect(tipOf(badgeIn('back', 'Rejoined')).textContent).toMatch(/^Came back after being removed/);
    // Strongest first, and the row's own states stay in words.
    const xBadges = [...rowOf('x').querySelectorAll('.badge')].map((b) => b.textContent);
    expect(xBadges).toEqual(['Flagged', 'Impersonating', 'Unknown', 'Participant']);
  });

  it('hides a reason with Escape until focus or the pointer moves away', async () => {
    clockAt(T0 + 1_000);
    await panelWith({ id: 'fresh', joinedAt: T0, arrivedLive: true });
    const badge = badgeIn('fresh', 'New');
    const wrapper = badge.parentElement!;
    badge.focus();
    expect(document.activeElement).toBe(badge);
    fireEvent.keyDown(badge, { key: 'Escape' });
    await act(() => undefined);
    expect(wrapper.classList.contains('threat--dismissed')).toBe(true);
    fireEvent.blur(badge);
    await act(() => undefined);
    expect(wrapper.classList.contains('threat--dismissed')).toBe(false);
  });

  it('re-renders a reused row when a mark arrives, and drops "New" once the joiner is no longer fresh', async () => {
    clockAt(T0 + 10_000);
    const calm = sessionWith([
      participant({ id: 'r', joinedAt: T0, arrivedLive: true }),
      participant({ id: 'q', joinedAt: T0, arrivedLive: true }),
    ]);
    const { connector } = await panelWith();
    await act(() => connector.emit({ sessions: { 1: calm } }));
    expect(badgeIn('r', 'New')).toBeTruthy();
    expect(within(rowOf('r')).queryByText('Flagged')).toBeNull();

    const marked = structuredClone(calm);
    marked.participants.r!.marks = { flagged: mark('gone', T0 + 9_000) };
    await act(() => connector.emit({ sessions: { 1: marked } }));
    expect(badgeIn('r', 'Flagged')).toBeTruthy();

    vi.setSystemTime(T0 + 121_000);
    await act(() => connector.emit({ sessions: { 1: structuredClone(marked) } }));
    expect(within(rowOf('r')).queryByText('New')).toBeNull();
    expect(within(rowOf('q')).queryByText('New')).toBeNull();
    expect(badgeIn('r', 'Flagged')).toBeTruthy();
  });
});

describe('Roster during an incident', () => {
  const NOW = T0 + 3_600_000;
  const people = [
    participant({ id: 'host', role: 'host', self: true, joinedAt: T0 }),
    participant({ id: 'teacher-share', name: 'Teacher share', joinedAt: T0 + 1_000, sharing: true }),
    participant({ id: 'student', joinedAt: T0 + 2_000 }),
    participant({ id: 'raider-1', joinedAt: NOW - 30_000, arrivedLive: true }),
    participant({ id: 'raider-2', name: 'Raider two', joinedAt: NOW - 20_000, arrivedLive: true, sharing: true }),
    participant({ id: 'impostor', joinedAt: T0 + 3_000, marks: { impersonating: mark('gone', NOW - 9_000) } }),
  ];
  const order = () => rows().map((row) => row.dataset.participantId);

  it('lists the riskiest first in compact rows, and says why the order changed', async () => {
    clockAt(NOW);
    await panelWith(...people);
    expect(order()).toEqual(['impostor', 'raider-2', 'raider-1', 'teacher-share', 'student', 'host']);
    expect(screen.getByTestId('roster').dataset.incident).toBe('true');
    expect(rows().every((row) => row.classList.contains('participant--compact'))).toBe(true);
    expect(screen.getByText('Incident: riskiest people first.')).toBeTruthy();
    // Compact rows keep every action, named, and Stop share for whoever shares.
    const buttons = within(rowOf('raider-2'))
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    expect(buttons).toEqual(['Stop share Raider two', 'Eject Raider two', 'Report Raider two']);
  });

  it('starts with a recent threat alert even before anyone is marked, and ends five minutes later', async () => {
    clockAt(NOW);
    const unmarked = people.filter((p) => p.id !== 'impostor');
    const burst = alert({ id: 'burst', kind: 'join-burst', severity: 'critical', at: NOW - 60_000 });
    const { connector } = await renderPanel(
      new FakeConnector({ sessions: { 1: sessionWith(unmarked, { alerts: [burst] }) } }),
    );
    expect(order()).toEqual(['raider-2', 'raider-1', 'teacher-share', 'student', 'host']);

    vi.setSystemTime(NOW + 240_001);
    await act(() => connector.emit({ sessions: { 1: sessionWith(unmarked, { alerts: [burst] }) } }));
    expect(screen.getByTestId('roster').dataset.incident).toBe('false');
    expect(order()).toEqual(['raider-2', 'teacher-share', 'raider-1', 'student', 'host']);
    expect(rows().some((row) => row.classList.contains('participant--compact'))).toBe(false);
    expect(screen.queryByText('Incident: riskiest people first.')).toBeNull();
  });

  it('keeps roomy rows in a calm small meeting, compact ones once the roster is crowded', async () => {
    clockAt(NOW);
    await panelWith({ id: 'a' }, { id: 'b' });
    expect(rows().some((row) => row.classList.contains('participant--compact'))).toBe(false);
    cleanup();
    await panelWith(...Array.from({ length: 12 }, (_, i) => ({ id: `p${i}` })));
    expect(rows().every((row) => row.classList.contains('participant--compact'))).toBe(true);
    expect(screen.getByTestId('roster').dataset.incident).toBe('false');
  });
});
