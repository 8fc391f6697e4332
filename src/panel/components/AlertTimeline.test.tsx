import { act, cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeConnector } from '../testing/fake-connector';
import { alert, participant, record, session, sessionWith, T0 } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

const items = () => within(screen.getByTestId('alert-list')).getAllByRole('listitem');

describe('AlertTimeline', () => {
  it('lists alerts newest first with severity in words and localised text', async () => {
    const alerts = [
      alert({ id: 'a', at: T0, kind: 'joined', severity: 'info', name: 'Sam' }),
      alert({ id: 'b', at: T0 + 1, kind: 'join-burst', severity: 'critical', values: { count: 12, seconds: 10 } }),
      alert({ id: 'c', at: T0 + 2, kind: 'renamed', severity: 'warning', name: 'Teacher', values: { from: 'xXx' } }),
    ];
    await renderPanel(new FakeConnector({ sessions: { 1: session({ alerts }) } }));
    const [renamed, burst, joined] = items();
    expect(renamed!.dataset.severity).toBe('warning');
    expect(renamed!.textContent).toMatch(/^Warning .* xXx renamed themselves to Teacher$/);
    expect(burst!.textContent).toMatch(/^Critical .* 12 people joined within 10 s: a raid may be starting/);
    // A threat alert opens the report composer; roster news does not.
    expect(within(burst!).getByRole('button', { name: 'Report' })).toBeDefined();
    expect(within(joined!).queryByRole('button', { name: 'Report' })).toBeNull();
    expect(joined!.textContent).toMatch(/^Info .* Sam joined$/);
  });

  it('uses the roster name when the alert has none, and localises failed steps', async () => {
    const s = sessionWith([participant({ id: 'p1', name: 'Intruder' })], {
      alerts: [
        alert({
          id: 'f',
          kind: 'action-failed',
          severity: 'warning',
          participantId: 'p1',
          values: { step: 'locked', code: 'control-missing' },
        }),
      ],
    });
    await renderPanel(new FakeConnector({ sessions: { 1: s } }));
    expect(items()[0]!.textContent).toMatch(/Lock failed: Control not found in the meeting page$/);
  });

  it('keeps hostile values in alerts as text', async () => {
    const alerts = [
      alert({
        id: 'x',
        kind: 'rejoin-after-removal',
        severity: 'critical',
        name: '<b>x</b>',
        values: { formerName: '\u202Eevil' },
      }),
    ];
    await renderPanel(new FakeConnector({ sessions: { 1: session({ alerts }) } }));
    const item = items()[0]!;
    expect(item.querySelector('b')).toBeNull();
    expect(within(item).getByText('⟨U+202E⟩')).toBeTruthy();
  });

  it('announces a new critical alert assertively, and results politely', async () => {
    const connector = new FakeConnector({ sessions: { 1: session() } });
    await renderPanel(connector);
    const assertive = screen.getByTestId('live-critical');
    expect(assertive.getAttribute('aria-live')).toBe('assertive');
    expect(assertive.textContent).toBe('');
    const critical = alert({
      id: 'n',
      kind: 'fresh-joiner-sharing',
      severity: 'critical',
      name: 'Raider',
      values: { seconds: 4 },
    });
    await act(() => connector.emit({ sessions: { 1: session({ alerts: [critical] }) } }));
    expect(assertive.textContent).toBe('Raider started sharing 4 s after joining: likely an intruder');
    const panic = { runId: 'r', startedAt: T0, finishedAt: T0 + 1, ok: true, snapshot: { locked: false } };
    const steps = [
      record({ id: 's1', hostAction: 'panic', step: 'shareAllowed' }),
      record({ id: 's2', hostAction: 'panic' }),
    ];
    await act(() => connector.emit({ sessions: { 1: session({ alerts: [critical], panic, actions: steps }) } }));
    expect(screen.getByRole('status').textContent).toBe('Panic finished: all 2 steps done.');
    screen.getByRole('button', { name: 'Dismiss' }).click();
    await act(() => undefined);
    expect(assertive.textContent).toBe('');
  });
});
