import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxSummaryItem } from '../../shared/model/outbox';
import { FakeConnector } from '../testing/fake-connector';
import { T0 } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

const KEY = '6f1c1f5e-8a43-4a55-9d55-3e1b8b0c2a11';
const item = (destinations: OutboxSummaryItem['destinations']): OutboxSummaryItem => ({
  key: KEY,
  meetingId: 'm1',
  meetingTitle: 'Weekly class',
  platform: 'zoom',
  category: 'hate',
  names: ['<img src=x onerror=alert(1)>', 'Raid\u202eEr'],
  createdAt: T0,
  destinations,
});

async function shown(destinations: OutboxSummaryItem['destinations']) {
  const connector = new FakeConnector();
  await renderPanel(connector);
  await act(() => connector.emit({ outbox: [item(destinations)] }));
  return { connector, row: within(screen.getByTestId('outbox')).getByTestId('outbox-item') };
}

describe('OutboxItem', () => {
  it('shows each destination’s state in words, with the reason a delivery failed', async () => {
    const { row } = await shown([
      { destination: 'endpoint', state: 'delivered', attempts: 1, deliveredAt: T0 + 2_000 },
      {
        destination: 'webhook',
        state: 'failed',
        attempts: 3,
        reason: 'the chat service refused the message (HTTP 404)',
      },
    ]);
    expect(row.dataset.state).toBe('failed');
    const lines = within(row).getAllByTestId('outbox-destination');
    expect(lines.map((l) => [l.dataset.destination, l.dataset.state])).toEqual([
      ['endpoint', 'delivered'],
      ['webhook', 'failed'],
    ]);
    expect(lines[0]!.textContent).toMatch(/^Delivered safety desk/);
    expect(lines[1]!.textContent).toContain('refused the message (HTTP 404)');
    // Hostile names are text, never markup.
    expect(row.querySelector('img')).toBeNull();
    expect(row.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('retries, downloads the bundle, and deletes only after a second, explicit click', async () => {
    const { connector, row } = await shown([{ destination: 'endpoint', state: 'failed', attempts: 2, reason: 'x' }]);
    fireEvent.click(within(row).getByRole('button', { name: 'Retry now' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Download evidence bundle' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    expect(connector.outboxOps).toEqual([{ op: 'retry', key: KEY }]);
    fireEvent.click(within(row).getByRole('button', { name: 'Delete this report for good' }));
    expect(connector.outboxOps).toEqual([
      { op: 'retry', key: KEY },
      { op: 'delete', key: KEY },
    ]);
    expect(connector.bundles).toEqual([KEY]);
  });

  it('offers no retry while a first attempt is still queued or sending', async () => {
    const { row } = await shown([{ destination: 'endpoint', state: 'sending', attempts: 1 }]);
    expect(row.dataset.state).toBe('queued');
    expect(within(row).queryByRole('button', { name: 'Retry now' })).toBeNull();
  });
});
