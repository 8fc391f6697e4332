import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/model/alert';
import type { Mark, Participant } from '../../shared/model/participant';
import type { MeetingSession } from '../../shared/model/session';
import { FakeConnector } from '../testing/fake-connector';
import { alert, participant, sessionWith } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

const unknown: Mark = { at: 0, alertId: 'u', alertKind: 'unexpected-joiner' };
const HOSTILE = '<img src=x onerror="alert(1)">';

/** Me (host), a co-host, a leaver and four raiders, one of them with an HTML name. */
function raidRoster(): Participant[] {
  return [
    participant({ id: 'me', name: 'Teacher', self: true, role: 'host' }),
    participant({ id: 'co', name: 'Assistant', role: 'cohost' }),
    participant({ id: 'r1', name: 'Raider One' }),
    participant({ id: 'r2', name: HOSTILE }),
    participant({ id: 'gone', name: 'Already Gone', present: false }),
    participant({ id: 'friend', name: 'Known Friend' }),
    participant({ id: 'r3', name: 'Raider Three' }),
  ];
}
const BURST_IDS = ['r1', 'co', 'me', 'r2', 'gone', 'friend', 'r3'];

const burstAlert = (at = Date.now(), participantIds = BURST_IDS): Alert =>
  alert({
    id: 'burst-1',
    at,
    kind: 'join-burst',
    severity: 'critical',
    participantIds,
    values: { count: participantIds.length, seconds: 10 },
  });

function panelWith(people: Participant[], overrides: Partial<MeetingSession> = {}) {
  const meeting = sessionWith(people, { alerts: [burstAlert()], ...overrides });
  return renderPanel(new FakeConnector({ sessions: { 1: meeting } }));
}

async function openFromControls() {
  const panel = await panelWith(raidRoster());
  const opener = screen.getByTestId('raid-sweep-button');
  opener.focus();
  opener.click();
  const dialog = await screen.findByRole('dialog', { name: "Remove the raid's joiners?" });
  return { ...panel, dialog, opener };
}

const listedNames = (dialog: HTMLElement) =>
  within(within(dialog).getByTestId('sweep-list'))
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')!.textContent);

describe('raid sweep', () => {
  it('offers a sweep of the recent burst in the controls, counting only who can be removed', async () => {
    await panelWith(raidRoster());
    expect(screen.getByTestId('raid-sweep-button').textContent).toBe('Raid sweep (4)');
  });

  it('lists exactly the eligible joiners, all ticked, never self, host, co-host or leavers', async () => {
    const { dialog } = await openFromControls();
    expect(listedNames(dialog)).toEqual(['Raider One', HOSTILE, 'Known Friend', 'Raider Three']);
    const boxes = within(within(dialog).getByTestId('sweep-list')).getAllByRole<HTMLInputElement>('checkbox');
    expect(boxes.every((box) => box.checked)).toBe(true);
    expect(within(dialog).queryByText('Teacher')).toBeNull();
    expect(within(dialog).queryByText('Assistant')).toBeNull();
    expect(within(dialog).queryByText('Already Gone')).toBeNull();
  });

  it('renders names as text, never as markup', async () => {
    const { dialog } = await openFromControls();
    expect(dialog.querySelector('img')).toBeNull();
    expect(within(dialog).getByRole('checkbox', { name: HOSTILE })).toBeTruthy();
  });

  it('sends the ticked ids with rejoin blocked by default; unticking someone leaves them out', async () => {
    const { dialog, connector, opener } = await openFromControls();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Remove 4 participants' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Known Friend' }));
    within(dialog).getByRole('button', { name: 'Remove 3 participants' }).click();
    expect(connector.sent).toEqual([
      { tabId: 1, command: { kind: 'sweep', participantIds: ['r1', 'r2', 'r3'], blockRejoin: true } },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
  });

  it('lets the host allow rejoining', async () => {
    const { dialog, connector } = await openFromControls();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: "Don't allow them to rejoin" }));
    within(dialog).getByRole('button', { name: 'Remove 4 participants' }).click();
    expect(connector.sent[0]?.command).toEqual({
      kind: 'sweep',
      participantIds: ['r1', 'r2', 'friend', 'r3'],
      blockRejoin: false,
    });
  });

  it('sends nothing on Cancel, nor when every name is unticked', async () => {
    const { dialog, connector, opener } = await openFromControls();
    for (const box of within(within(dialog).getByTestId('sweep-list')).getAllByRole('checkbox')) fireEvent.click(box);
    const confirm = within(dialog).getByTestId('sweep-confirm');
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    confirm.click();
    expect(screen.queryByRole('dialog')).not.toBeNull();
    within(dialog).getByRole('button', { name: 'Cancel' }).click();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(connector.sent).toEqual([]);
    expect(document.activeElement).toBe(opener);
  });

  it('greys out and never sends someone who left while the dialog was open', async () => {
    const { dialog, connector } = await openFromControls();
    const people = raidRoster().map((p) => (p.id === 'r1' ? { ...p, present: false } : p));
    connector.emit({ sessions: { 1: sessionWith(people, { alerts: [burstAlert()] }) } });
    const box = await within(dialog).findByRole<HTMLInputElement>('checkbox', { name: /Raider One/ });
    await waitFor(() => expect(box.disabled).toBe(true));
    expect(box.closest('label')!.textContent).toContain('(can no longer be removed)');
    within(dialog).getByRole('button', { name: 'Remove 3 participants' }).click();
    expect(connector.sent[0]?.command).toMatchObject({ participantIds: ['r2', 'friend', 'r3'] });
  });

  it('leaves out expected attendees: with a list in force, only joiners marked unknown are offered', async () => {
    const people = raidRoster().map((p) => (p.id.startsWith('r') ? { ...p, marks: { unknown } } : p));
    await panelWith(people);
    screen.getByTestId('raid-sweep-button').click();
    const dialog = await screen.findByRole('dialog');
    expect(listedNames(dialog)).toEqual(['Raider One', HOSTILE, 'Raider Three']);
  });

  it('lists a raid of dozens in full and counts them on the confirm button', async () => {
    const raiders = Array.from({ length: 30 }, (_, i) => participant({ id: `x${i}`, name: `Raider ${i}` }));
    await panelWith(raiders, { alerts: [burstAlert(Date.now(), ids(raiders))] });
    screen.getByTestId('raid-sweep-button').click();
    const dialog = await screen.findByRole('dialog');
    expect(listedNames(dialog)).toHaveLength(30);
    expect(within(dialog).getByRole('button', { name: 'Remove 30 participants' })).toBeTruthy();
  });

  it('is absent from the controls once the newest burst is over ten minutes old', async () => {
    await panelWith(raidRoster(), { alerts: [burstAlert(Date.now() - 11 * 60_000)] });
    expect(screen.queryByTestId('raid-sweep-button')).toBeNull();
  });

  it('is greyed out with the reason where the platform cannot remove anyone', async () => {
    const { connector } = await panelWith(raidRoster(), { platform: 'teams', capabilities: ['stop-share'] });
    const button = screen.getByTestId('raid-sweep-button');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toContain(
      'Raid sweep is not available on Microsoft Teams',
    );
    button.click();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(connector.sent).toEqual([]);
  });
});

describe('Sweep these joiners, on a join-burst alert', () => {
  it("opens the sweep on that alert's joiners, even an old burst", async () => {
    const { connector } = await panelWith(raidRoster(), { alerts: [burstAlert(Date.now() - 60 * 60_000)] });
    const alertRow = screen.getAllByTestId('alert').find((row) => row.dataset.kind === 'join-burst')!;
    const button = within(alertRow).getByRole('button', { name: 'Sweep these joiners (4)' });
    button.click();
    const dialog = await screen.findByRole('dialog', { name: "Remove the raid's joiners?" });
    expect(listedNames(dialog)).toEqual(['Raider One', HOSTILE, 'Known Friend', 'Raider Three']);
    within(dialog).getByRole('button', { name: 'Remove 4 participants' }).click();
    expect(connector.sent[0]?.command).toEqual({
      kind: 'sweep',
      participantIds: ['r1', 'r2', 'friend', 'r3'],
      blockRejoin: true,
    });
  });

  it('counts joiners added to the alert while the raid kept arriving', async () => {
    const { connector } = await panelWith(raidRoster(), { alerts: [burstAlert(Date.now(), ['r1'])] });
    const count = () => screen.getByTestId('sweep-burst-1-button').textContent;
    expect(count()).toBe('Sweep these joiners (1)');
    connector.emit({ sessions: { 1: sessionWith(raidRoster(), { alerts: [burstAlert(Date.now(), ['r1', 'r3'])] }) } });
    await waitFor(() => expect(count()).toBe('Sweep these joiners (2)'));
  });

  it('is absent, here and in the controls, when nobody from the burst can still be removed', async () => {
    await panelWith(raidRoster(), { alerts: [burstAlert(Date.now(), ['me', 'co', 'gone'])] });
    expect(screen.getAllByTestId('alert')).toHaveLength(1);
    expect(screen.queryByTestId('sweep-burst-1-button')).toBeNull();
    expect(screen.queryByTestId('raid-sweep-button')).toBeNull();
  });
});

function ids(people: { id: string }[]): string[] {
  return people.map((p) => p.id);
}
