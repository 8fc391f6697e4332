import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeConnector } from '../testing/fake-connector';
import { session, T0 } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

describe('MeetingTitle and MeetingStatus', () => {
  it('shows title, platform and a healthy adapter', async () => {
    await renderPanel(new FakeConnector({ sessions: { 1: session({ title: 'Yom HaShoah', platform: 'practice' }) } }));
    const title = screen.getByTestId('meeting-title');
    expect(within(title).getByText('Yom HaShoah')).toBeTruthy();
    expect(within(title).getByText('Practice meeting')).toBeTruthy();
    expect(screen.getByTestId('health').textContent).toBe("Hostguard sees the meeting's controls.");
    expect(screen.queryByTestId('rejected-count')).toBeNull();
  });

  it('says which parts are missing and what to do', async () => {
    const health = {
      ok: false,
      parts: { roster: false, securityMenu: false, stage: true, widget: false },
      checkedAt: T0,
    };
    await renderPanel(new FakeConnector({ sessions: { 1: session({ health }) } }));
    const items = within(screen.getByTestId('health'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Roster not found: open the participants panel in the meeting.',
      "Security menu not found: Lock and PANIC may fail — use the meeting's own Security menu.",
      'widget not found in the meeting page.',
    ]);
  });

  it('names the platform and the capabilities a changed page took away', async () => {
    const health = {
      ok: false,
      parts: { hostControls: false, participantsButton: true, toolbar: true },
      checkedAt: T0,
    };
    await renderPanel(new FakeConnector({ sessions: { 1: session({ health, platform: 'meet' }) } }));
    expect(screen.getByTestId('health-lost').textContent).toBe(
      "On Google Meet, Hostguard cannot run now: Meeting settings, Suspend participant activities. Use the meeting's own controls for these.",
    );
  });

  it('says when the meeting is in a language the adapter cannot read', async () => {
    const language = { tag: 'de-DE', readable: false };
    await renderPanel(new FakeConnector({ sessions: { 1: session({ language, platform: 'zoom' }) } }));
    expect(screen.getByTestId('language-warning').textContent).toMatch(/\(de-DE\).*Zoom.*English or French/);
  });

  it('counts rejected messages when there are any', async () => {
    await renderPanel(new FakeConnector({ sessions: { 1: session({ rejected: 12 }) } }));
    expect(screen.getByTestId('rejected-count').textContent).toBe(
      '12 messages from this meeting page were rejected (forged or malformed).',
    );
  });

  it('lets the host switch meetings when several are open', async () => {
    const sessions = {
      1: session({ tabId: 1, title: 'Class A', updatedAt: T0 + 2 }),
      2: session({ tabId: 2, title: 'Class B', updatedAt: T0 + 1 }),
    };
    await renderPanel(new FakeConnector({ sessions }));
    const picker = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Meeting' });
    expect(picker.value).toBe('1');
    fireEvent.change(picker, { target: { value: '2' } });
    await waitFor(() => expect(within(screen.getByTestId('meeting-title')).getByTitle('Class B')).toBeTruthy());
  });

  it('has no picker with a single meeting', async () => {
    await renderPanel(new FakeConnector({ sessions: { 1: session() } }));
    expect(screen.queryByRole('combobox', { name: 'Meeting' })).toBeNull();
  });

  it('keeps a closed meeting readable but offers no action on it', async () => {
    const closed = session({ endedAt: T0 + 60_000 });
    await renderPanel(new FakeConnector({ sessions: { 1: closed } }));
    expect(screen.getByTestId('meeting-ended').textContent).toMatch(
      /^This meeting tab was closed at .+\. Its timeline/,
    );
    expect(screen.getByTestId('panic-button').getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('PANIC is not available: this meeting tab was closed.')).toBeTruthy();
  });

  it('shows a live meeting before a closed one', async () => {
    const closed = session({ tabId: 1, title: 'Closed', endedAt: T0 + 60_000, updatedAt: T0 + 60_000 });
    const live = session({ tabId: 2, title: 'Live', updatedAt: T0 });
    await renderPanel(new FakeConnector({ sessions: { 1: closed, 2: live } }));
    expect(within(screen.getByTestId('meeting-title')).getByText('Live')).toBeTruthy();
  });
});
