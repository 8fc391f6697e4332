import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOSTILE_NAMES, moderatedSession } from '../moderation-log/log-fixtures';
import { FakeConnector } from '../testing/fake-connector';
import { participant, record, sessionWith, T0 } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';
import type { MeetingSession } from '../../shared/model/session';
import type { LogExport } from '../moderation-log/json';
import { formatTime } from '../i18n';

afterEach(cleanup);

const toggle = () => screen.getByRole('button', { name: /^Moderation log/ });

async function openLog(session: MeetingSession) {
  const view = await renderPanel(new FakeConnector({ sessions: { 1: session } }));
  fireEvent.click(toggle());
  return view;
}

describe('ModerationLog', () => {
  it('starts collapsed, with the retention note, and opens on its heading button', async () => {
    await renderPanel(new FakeConnector({ sessions: { 1: moderatedSession() } }));
    expect(screen.getByRole('heading', { name: /Moderation log/ })).toBeTruthy();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByTestId('log-entry')).toBeNull();
    expect(screen.getByText(/Kept only in this browser session/).textContent).toContain('Export it to keep a copy.');
    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByTestId('log-entry')).toHaveLength(6);
    fireEvent.click(toggle());
    expect(screen.queryByTestId('log-entry')).toBeNull();
  });

  it('lists entries newest first: when, what, who acted, on whom, why, result', async () => {
    await openLog(moderatedSession());
    const items = screen.getAllByTestId('log-entry');
    expect(items.map((item) => item.dataset.state)).toEqual(['waiting', 'ok', 'ok', 'failed', 'ok', 'ok']);
    const shield = items[5]!;
    expect(shield.querySelector('time')!.textContent).toBe(formatTime(T0 + 1000));
    expect(shield.querySelector('.modlog-action')!.textContent).toBe('Stop share');
    const facts = [...shield.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]);
    expect(facts).toEqual([
      ['Who acted', 'Shield rule: hostile name'],
      ['Concerning', HOSTILE_NAMES.hyperlink],
      ['Why', 'hostile name (hateful)'],
      ['Result', 'Done'],
    ]);
    expect(items[3]!.textContent).toContain('Host, from the panel');
    expect(items[3]!.textContent).toContain('host decision');
    expect(items[3]!.textContent).toContain('no lock toggle');
  });

  it('renders names only as isolated text: no link from a formula, bidi and zero-width shown', async () => {
    const s = moderatedSession();
    s.participants.p2!.name = HOSTILE_NAMES.rtl;
    await openLog(s);
    const log = screen.getByTestId('moderation-log');
    expect(log.querySelector('a')).toBeNull();
    const [report] = screen.getAllByTestId('log-entry');
    const name = report!.querySelector('bdi')!;
    expect(name.getAttribute('dir')).toBe('auto');
    expect(name.textContent).not.toContain('\u202E');
    expect(name.querySelectorAll('.name-marker').length).toBe(2);
  });

  it('marks the undone step and says what the undo reversed', async () => {
    await openLog(moderatedSession());
    const [, undo, change] = screen.getAllByTestId('log-entry');
    expect(within(change!).getByText('Undone')).toBeTruthy();
    expect(undo!.querySelector('.modlog-reverses')!.textContent).toBe(
      `Reverses “Change meeting settings” from ${formatTime(T0 + 4000)}`,
    );
  });

  it('shows the totals as a table with row and column headers', async () => {
    await openLog(moderatedSession());
    const table = screen.getByRole('table', { name: 'Totals' });
    const cell = (label: string, group: string) => {
      const heading = within(table).getByRole('rowheader', { name: group });
      let row = heading.closest('tr')!.nextElementSibling;
      while (row && row.querySelector('th')!.textContent !== label) row = row.nextElementSibling;
      return row?.querySelector('td')?.textContent;
    };
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Kind', 'Entries']);
    expect(cell('OK', 'Outcome')).toBe('4');
    expect(cell('Failed', 'Outcome')).toBe('1');
    expect(cell('Undone', 'Outcome')).toBe('1');
    expect(cell('PANIC', 'By action')).toBe('1');
    expect(cell('Host, from the panel', 'By who acted')).toBe('3');
    expect(cell('Shield rule: join burst', 'By who acted')).toBe('1');
    expect(cell('hateful', 'By reason')).toBe('1');
    expect(cell('host decision', 'By reason')).toBe('4');
  });

  it('renders the newest 100 and says how many more the exports hold', async () => {
    const actions = Array.from({ length: 150 }, (_, i) => record({ id: `r${i}`, at: T0 + i }));
    await openLog(sessionWith([], { actions }));
    expect(screen.getAllByTestId('log-entry')).toHaveLength(100);
    expect(screen.getByText('Showing the newest 100 of 150 entries; the exports include them all.')).toBeTruthy();
  });

  it('says so when nothing was done, without totals or exports', async () => {
    await openLog(sessionWith([participant({ id: 'p1' })]));
    expect(screen.getByText('Nothing done yet by you or by Shield.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByTestId('export-csv')).toBeNull();
  });

  it('follows the session live while open', async () => {
    const s = moderatedSession();
    const { connector } = await openLog(s);
    const eject = record({ id: 'r7', at: T0 + 7000, hostAction: 'eject', step: 'remove', participantId: 'p1' });
    connector.emit({ sessions: { 1: { ...s, actions: [...s.actions, eject] } } });
    await waitFor(() => expect(screen.getAllByTestId('log-entry')).toHaveLength(7));
    expect(screen.getAllByTestId('log-entry')[0]!.textContent).toContain('Eject');
  });
});

describe('ModerationLog exports', () => {
  let saved: { blob: Blob; name: string }[];
  beforeEach(() => {
    saved = [];
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ blob: blobs.get(this.href)!, name: this.download });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('downloads every entry as CSV, formula-safe, named for the platform and day', async () => {
    await openLog(moderatedSession());
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/^hostguard-log-zoom-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(saved[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const text = await saved[0]!.blob.text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^"time","entry_id","actor",/);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(document.querySelector('a[download]')).toBeNull(); // the temporary link is gone
  });

  it('downloads the versioned JSON export', async () => {
    const s = moderatedSession();
    await openLog(s);
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(saved[0]!.name).toMatch(/^hostguard-log-zoom-\d{4}-\d{2}-\d{2}\.json$/);
    const log = JSON.parse(await saved[0]!.blob.text()) as LogExport;
    expect(log).toMatchObject({ format: 'hostguard-moderation-log', version: 1, meeting: { id: s.id } });
    expect(log.entries).toHaveLength(6);
    expect(log.totals.outcomes).toEqual({ ok: 4, failed: 1, waiting: 1 });
  });
});
