import { act, cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeConnector } from '../testing/fake-connector';
import { report, T0 } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

describe('ReportQueue', () => {
  it('is absent without reports and lists them newest first with their status', async () => {
    const connector = new FakeConnector();
    await renderPanel(connector);
    expect(screen.queryByTestId('report-queue')).toBeNull();
    await act(() =>
      connector.emit({
        reports: [
          report({ id: 'old', updatedAt: T0, status: 'submitted', participantName: 'First' }),
          report({
            id: 'new',
            updatedAt: T0 + 1,
            status: 'failed',
            participantName: 'Second',
            detail: 'dialog not found',
          }),
        ],
      }),
    );
    const items = within(screen.getByTestId('report-queue')).getAllByTestId('report');
    expect(items.map((i) => i.dataset.status)).toEqual(['failed', 'submitted']);
    expect(items[0]!.textContent).toContain('Failed');
    expect(items[0]!.textContent).toContain('dialog not found');
    expect(items[1]!.textContent).toContain('Submitted');
  });
});
