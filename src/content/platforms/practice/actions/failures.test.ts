import { afterEach, describe, expect, it } from 'vitest';
import { CONTROL_TIMEOUT_MS } from '../../../kit/wait-for';
import { practiceAdapter } from '../adapter';
import { $, mountPractice, type PracticePage } from '../practice.fixture';

let page: PracticePage | undefined;
afterEach(() => page?.unmount());
const act = practiceAdapter.actions;
const signal = () => AbortSignal.timeout(8_000);

describe('practice adapter actions: failures are results, never hangs or throws', () => {
  it('menu items that never render end as control-missing after ≈2 s, and the menu is closed', async () => {
    page = mountPractice('delay=60000');
    const result = await act.suspend!({ id: 'suspend' }, signal());
    expect(result).toMatchObject({ ok: false, code: 'control-missing' });
    expect(result.detail).toMatch(/Security menu items did not appear/);
    expect(result.ms).toBeGreaterThanOrEqual(CONTROL_TIMEOUT_MS - 50);
    expect(result.ms).toBeLessThan(CONTROL_TIMEOUT_MS + 500);
    expect($('#pm-security-menu')).toBeNull();
  });

  it('a row menu whose items never render: control-missing after ≈2 s', async () => {
    page = mountPractice('delay=60000');
    const result = await act.remove!({ id: 'remove', participantId: 'p3', blockRejoin: true }, signal());
    expect(result).toMatchObject({ ok: false, code: 'control-missing' });
    expect(result.ms).toBeLessThan(CONTROL_TIMEOUT_MS + 500);
    expect($('#pm-row-menu')).toBeNull();
    expect($('[data-participant-id="p3"]')).not.toBeNull();
  });

  it('an item the menu does not offer is control-missing as soon as the items render', async () => {
    page = mountPractice('delay=20');
    const result = await act.remove!({ id: 'remove', participantId: 'p1', blockRejoin: false }, signal());
    expect(result).toMatchObject({ ok: false, code: 'control-missing' });
    expect(result.detail).toMatch(/"Remove" in the More options menu/);
    expect(result.ms).toBeLessThan(500);
  });

  it('an unknown participant is target-missing at once', async () => {
    page = mountPractice();
    const result = await act.report!(
      { id: 'report', participantId: 'ghost', category: 'other', description: '', alsoRemove: false },
      signal(),
    );
    expect(result).toMatchObject({ ok: false, code: 'target-missing' });
    expect(result.ms).toBeLessThan(100);
  });

  it('a missing toolbar control is control-missing at once', async () => {
    page = mountPractice();
    $('#pm-security-button')!.remove();
    const result = await act['set-settings']!({ id: 'set-settings', changes: { locked: true } }, signal());
    expect(result).toMatchObject({ ok: false, code: 'control-missing', detail: 'Security button is not on the page' });
  });

  it('aborting mid-action ends it as aborted, promptly', async () => {
    page = mountPractice('delay=60000');
    const controller = new AbortController();
    const pending = act.suspend!({ id: 'suspend' }, controller.signal);
    controller.abort();
    const result = await pending;
    expect(result).toMatchObject({ ok: false, code: 'aborted' });
    expect(result.ms).toBeLessThan(100);
  });
});
