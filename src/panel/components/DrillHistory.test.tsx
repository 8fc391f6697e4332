import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { DrillRecord } from '../../shared/model/drill';
import { FakeConnector } from '../testing/fake-connector';
import { T0 } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

const drill = (id: string, containedMs: number, by: DrillRecord['by'], shield = false): DrillRecord => ({
  id,
  at: T0,
  attack: 'fresh-joiner-sharing',
  containedMs,
  shield,
  by,
});

describe('DrillHistory', () => {
  it('is absent before the first drill', async () => {
    await renderPanel(new FakeConnector());
    expect(screen.queryByTestId('drill-history')).toBeNull();
  });

  it('lists each drill with its time and how it was contained, and the best time by hand', async () => {
    const connector = new FakeConnector();
    connector.snapshot.drills = [
      drill('a', 240, 'rule', true),
      drill('b', 2350, 'shortcut'),
      drill('c', 6100, 'panel'),
    ];
    await renderPanel(connector);
    const items = screen.getByTestId('drill-history').querySelectorAll('.drill-what');
    expect([...items].map((item) => item.textContent)).toEqual([
      'Contained in 0.2 s (new joiner sharing), by Shield, with no one pressing anything',
      'Contained in 2.4 s (new joiner sharing), with a keyboard shortcut',
      'Contained in 6.1 s (new joiner sharing), from the panel',
    ]);
    expect(screen.getByText(/Your best by hand: 2.4 s/)).toBeTruthy();
  });

  it('updates when the background records a new drill', async () => {
    const connector = new FakeConnector();
    await renderPanel(connector);
    connector.emit({ drills: [drill('n', 1500, 'shortcut')] });
    await waitFor(() => expect(screen.getByTestId('drill-history').textContent).toContain('1.5 s'));
  });
});
