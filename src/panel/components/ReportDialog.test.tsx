import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_CATEGORIES } from '../../shared/model/report';
import type { EvidenceStatus } from '../../shared/model/evidence';
import { FakeConnector } from '../testing/fake-connector';
import { alert, participant, sessionWith, T0 } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

const raider = participant({ id: 'p3', name: 'Raider', joinedAt: T0 + 5_000 });

async function openReport(overrides: { evidence?: Record<string, EvidenceStatus> } = {}) {
  const meeting = sessionWith([raider], {
    id: 'meeting-1',
    alerts: [
      alert({
        id: 'a1',
        at: T0 + 60_000,
        kind: 'hostile-name',
        severity: 'critical',
        participantId: 'p3',
        values: { category: 'hate', term: 'x' },
      }),
    ],
  });
  const connector = new FakeConnector({ sessions: { 1: meeting }, ...overrides });
  const panel = await renderPanel(connector);
  screen.getByRole('button', { name: 'Report Raider' }).click();
  const dialog = await screen.findByRole('dialog', { name: 'Report Raider' });
  return { ...panel, dialog, meeting };
}

const category = (dialog: HTMLElement) => within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'Category' });

describe('ReportDialog (the report composer)', () => {
  it('offers every category, focused, prefilled from the latest alert about the person', async () => {
    const { dialog } = await openReport();
    expect([...category(dialog).options].map((o) => o.value)).toEqual([...REPORT_CATEGORIES]);
    expect(document.activeElement).toBe(category(dialog));
    expect(category(dialog).value).toBe('hate');
    expect(within(dialog).getByRole('checkbox', { name: 'Raider' })).toHaveProperty('checked', true);
    // The window starts 10 s before their first alert: the ring buffer's lead.
    expect(within(dialog).getByTestId('report-window').textContent).toMatch(/02:00:50 PM/);
  });

  it('queues the draft in the outbox and, if asked, prefills the platform form too', async () => {
    const { dialog, connector } = await openReport();
    fireEvent.change(category(dialog), { target: { value: 'harassment' } });
    fireEvent.input(within(dialog).getByRole('textbox', { name: 'What happened (optional)' }), {
      target: { value: 'Slurs in chat at 14:02' },
    });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Also remove them from the meeting' }));
    within(dialog).getByRole('button', { name: 'Send report' }).click();
    expect(connector.filed).toEqual([
      {
        tabId: 1,
        draft: {
          category: 'harassment',
          participantIds: ['p3'],
          window: { from: T0 + 50_000, to: expect.any(Number) },
          note: 'Slurs in chat at 14:02',
          platformReport: true,
        },
      },
    ]);
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
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Report queued in the outbox/));
  });

  it('without the platform form, only the outbox gets it', async () => {
    const { dialog, connector } = await openReport();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /own report form/ }));
    within(dialog).getByRole('button', { name: 'Send report' }).click();
    expect(connector.filed).toHaveLength(1);
    expect(connector.filed[0]!.draft.platformReport).toBe(false);
    expect(connector.sent).toEqual([]);
  });

  it('says why the report could not be queued', async () => {
    const { dialog, connector } = await openReport();
    connector.fileReply = () => Promise.resolve({ ok: false, reason: 'storage is full' });
    within(dialog).getByRole('button', { name: 'Send report' }).click();
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/not queued: storage is full/));
  });

  it('sexual content involving minors: frames deleted at once, no image kept, where to report instead', async () => {
    const { dialog, connector } = await openReport();
    expect(within(dialog).queryByTestId('child-safety-notice')).toBeNull();
    fireEvent.change(category(dialog), { target: { value: 'sexual-minors' } });
    const notice = within(dialog).getByTestId('child-safety-notice');
    expect(notice.textContent).toMatch(/keeps no image for this category/);
    expect(
      within(notice)
        .getByRole('link', { name: /NCMEC CyberTipline/ })
        .getAttribute('href'),
    ).toBe('https://report.cybertip.org/');
    expect(within(notice).getByRole('link', { name: /Pharos/ })).toBeDefined();
    expect(within(notice).getByRole('link', { name: /INHOPE/ })).toBeDefined();
    expect(connector.withheld).toEqual([1]);
    // Choosing it again does not ask twice.
    fireEvent.change(category(dialog), { target: { value: 'sexual-minors' } });
    expect(connector.withheld).toEqual([1]);
  });

  it('says plainly when screenshots are not armed, and how to arm them', async () => {
    const { dialog } = await openReport();
    const line = within(dialog).getByTestId('evidence-line');
    expect(line.dataset.armed).toBe('false');
    expect(line.textContent).toMatch(/not armed.*press Alt\+Shift\+K on the meeting tab/);
  });

  it('counts the frames going with it when capture is armed', async () => {
    const status: EvidenceStatus = {
      meetingId: 'meeting-1',
      tabId: 1,
      armed: true,
      source: 'tab',
      frames: 14,
      bytes: 1_000,
      updatedAt: T0,
    };
    const { dialog } = await openReport({ evidence: { 'meeting-1': status } });
    expect(within(dialog).getByTestId('evidence-line').textContent).toMatch(/14 frames/);
  });
});
