import { afterEach, describe, expect, it } from 'vitest';
import { PANIC_SETTINGS, SETTING_KEYS } from '../../../../shared/model/settings';
import { practiceAdapter } from '../adapter';
import { $, mountPractice, mountWithSharer, type PracticePage } from '../practice.fixture';

let page: PracticePage | undefined;
afterEach(() => page?.unmount());
const act = practiceAdapter.actions;
const signal = () => AbortSignal.timeout(8_000);
const OPEN = { shareAllowed: true, locked: false, chatAllowed: true, renameAllowed: true, unmuteAllowed: true };
const withSharer = async (query: string) => {
  page = await mountWithSharer('bomber', query);
};

/** Counts how many times the Security menu enters the page while `work` runs. */
async function securityMenuVisits<T>(work: () => Promise<T>): Promise<[T, number]> {
  let visits = 0;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if ((node as Element).id === 'pm-security-menu') visits++;
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  const result = await work();
  observer.disconnect();
  return [result, visits];
}

describe('practice adapter: meeting-wide actions', () => {
  it('set-settings: one menu visit, toggles in panic order, returns before/after and closes the menu', async () => {
    page = mountPractice();
    const changes = { chatAllowed: false, locked: true, shareAllowed: false };
    const [result, visits] = await securityMenuVisits(() =>
      act['set-settings']!({ id: 'set-settings', changes }, signal()),
    );
    expect(result).toMatchObject({ ok: true, code: 'done', before: OPEN, after: { ...OPEN, ...changes } });
    expect(Object.keys(result.before!).sort()).toEqual([...SETTING_KEYS].sort());
    expect(visits).toBe(1);
    expect($('#pm-security-menu')).toBeNull();
    expect($('#pm-lock-indicator')).not.toBeNull();
    const order = page
      .log()
      .filter((e) => e.type === 'setting-changed')
      .map((e) => e.detail);
    expect(order).toEqual(['shareAllowed=false', 'locked=true', 'chatAllowed=false']);
  });

  it('set-settings restores what it is given, and leaves settings already as asked alone', async () => {
    page = mountPractice();
    await act['set-settings']!({ id: 'set-settings', changes: PANIC_SETTINGS }, signal());
    const restored = await act['set-settings']!({ id: 'set-settings', changes: { ...OPEN } }, signal());
    expect(restored).toMatchObject({ ok: true, before: PANIC_SETTINGS, after: OPEN });
    const again = await act['set-settings']!({ id: 'set-settings', changes: { locked: false } }, signal());
    expect(again).toMatchObject({ ok: true, detail: 'already as asked', before: OPEN, after: OPEN });
  });

  it('mute-all: footer Mute all → Continue; every participant but the host shows muted', async () => {
    page = mountPractice();
    const result = await act['mute-all']!({ id: 'mute-all' }, signal());
    expect(result).toMatchObject({ ok: true, code: 'done', detail: 'muted 5 participants' });
    expect([...document.querySelectorAll('#pm-participants-list [aria-label="Unmuted"]')]).toHaveLength(1);
  });

  it('suspend: Security → Suspend → confirm, then every setting read back from the menu', async () => {
    await withSharer('delay=150');
    const [result, visits] = await securityMenuVisits(() => act.suspend!({ id: 'suspend' }, signal()));
    expect(result).toMatchObject({ ok: true, code: 'done', before: OPEN, after: PANIC_SETTINGS });
    // One visit to suspend, one to read the settings back: `after` is what the page shows.
    expect(visits).toBe(2);
    expect($('#pm-suspended-banner')).not.toBeNull();
    expect($('#pm-share-view')).toBeNull();
    expect($('#pm-security-menu')).toBeNull();
    // It costs the page's own two menu delays and little more.
    expect(result.ms).toBeGreaterThanOrEqual(290);
    expect(result.ms).toBeLessThan(700);
  });
});
