import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeConnector } from '../testing/fake-connector';
import { participant, record, sessionWith, T0 } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

describe('ActionResults', () => {
  it('shows each step newest first, ok or failed in words, with a clear fallback and its duration', async () => {
    const actions = [
      record({ id: '1', at: T0, hostAction: 'panic', step: 'shareAllowed' }, { ms: 210 }),
      record(
        { id: '2', at: T0 + 1, hostAction: 'lock', step: 'locked' },
        { ok: false, code: 'control-missing', ms: 812.4, detail: 'no lock toggle' },
      ),
      record({ id: '3', at: T0 + 2, hostAction: 'stop-shares', step: 'stop-share', participantId: 'p1' }, { ms: 90 }),
    ];
    const s = sessionWith([participant({ id: 'p1', name: 'Raider' })], { actions });
    await renderPanel(new FakeConnector({ sessions: { 1: s } }));
    const [stop, lock, share] = screen.getAllByTestId('action-result');
    expect(lock!.dataset.state).toBe('failed');
    expect(lock!.querySelector('.result-head')!.textContent).toBe('Failed Lock meeting');
    expect(lock!.querySelector('.result-message')!.textContent).toBe(
      "Control not found in the meeting page — use the meeting's own Security menu",
    );
    expect(lock!.textContent).toContain('no lock toggle');
    expect(lock!.textContent).toContain('812 ms');
    expect(stop!.querySelector('.result-head')!.textContent).toBe('OK Stop all shares › Stop share · Raider');
    expect(share!.querySelector('.result-head')!.textContent).toBe('OK PANIC › Screen sharing');
  });

  it("names the background's per-setting checks by their setting", async () => {
    const actions = [
      record(
        { id: 'c', at: T0, hostAction: 'panic', step: 'setting:chatAllowed' },
        { ok: false, code: 'not-verified' },
      ),
      record({ id: 'l', at: T0 + 1, hostAction: 'lock', step: 'setting:locked' }),
    ];
    await renderPanel(new FakeConnector({ sessions: { 1: sessionWith([], { actions }) } }));
    const [lock, chat] = screen.getAllByTestId('action-result');
    expect(lock!.querySelector('.result-head')!.textContent).toBe('OK Lock meeting');
    expect(chat!.querySelector('.result-head')!.textContent).toBe('Failed PANIC › Chat');
    expect(chat!.querySelector('.result-message')!.textContent).toBe(
      "Clicked, but the change could not be confirmed on the page — use the meeting's own Security menu",
    );
  });

  it('reads a step waiting for the host as waiting, not failed', async () => {
    const actions = [record({ id: 'w', hostAction: 'report', step: 'report' }, { ok: false, code: 'awaiting-host' })];
    await renderPanel(new FakeConnector({ sessions: { 1: sessionWith([], { actions }) } }));
    const item = screen.getByTestId('action-result');
    expect(item.dataset.state).toBe('waiting');
    expect(item.querySelector('.result-message')!.textContent).toBe('Waiting for you to confirm in the meeting window');
  });
});
