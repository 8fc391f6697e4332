// @vitest-environment node
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { __forgetGrantsForTests, noteActiveTabGrant, watchActiveTabGrants } from './active-tab-grants';
import { __resetCaptureGateForTests, captureTab } from './capture-tab';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const JPEG_URL = `data:image/jpeg;base64,${Buffer.from(JPEG).toString('base64')}`;
const capture = vi.fn<(windowId: number, options: object) => Promise<string>>();
const contains = vi.fn<(permissions: object) => Promise<boolean>>();

async function meetingTab(active = true) {
  const tab = await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij', active });
  return tab.id!;
}

beforeEach(() => {
  __forgetGrantsForTests();
  __resetCaptureGateForTests();
  capture.mockReset().mockResolvedValue(JPEG_URL);
  contains.mockReset().mockResolvedValue(false);
  Object.assign(fakeBrowser.tabs, { captureVisibleTab: capture });
  Object.assign(fakeBrowser.permissions, { contains });
});

describe('captureTab', () => {
  it('without <all_urls> or a shortcut grant: no-permission, and captureVisibleTab is not even called', async () => {
    const tabId = await meetingTab();
    expect(await captureTab(tabId, 1_000)).toEqual({ ok: false, reason: 'no-permission' });
    expect(capture).not.toHaveBeenCalled();
    expect(contains).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
  });

  it('a keyboard command grants activeTab: JPEG at quality 70 of the meeting window', async () => {
    const tabId = await meetingTab();
    noteActiveTabGrant(tabId);
    await vi.waitFor(async () => expect((await captureTab(tabId, 1_000)).ok).toBe(true));
    expect(capture).toHaveBeenCalledWith(expect.any(Number), { format: 'jpeg', quality: 70 });
    const shot = await captureTab(tabId, 5_000);
    expect(shot.ok && [...shot.bytes]).toEqual([...JPEG]);
  });

  it('the grant ends when the tab goes to another origin or closes', async () => {
    watchActiveTabGrants();
    const tabId = await meetingTab();
    noteActiveTabGrant(tabId);
    await vi.waitFor(async () => expect((await captureTab(tabId, 1_000)).ok).toBe(true));
    // Checked when capture asks, from the tab's own URL (no tabs.onUpdated listener wakes the worker).
    await fakeBrowser.tabs.update(tabId, { url: 'https://evil.example/' });
    await vi.waitFor(async () => expect((await captureTab(tabId, 9_000)).ok).toBe(false));
    expect(await captureTab(tabId, 20_000)).toEqual({ ok: false, reason: 'no-permission' });
    const other = await meetingTab();
    noteActiveTabGrant(other);
    await vi.waitFor(async () => expect((await captureTab(other, 30_000)).ok).toBe(true));
    await fakeBrowser.tabs.onRemoved.trigger(other, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () =>
      expect(await captureTab(other, 40_000)).toEqual({ ok: false, reason: 'no-permission' }),
    );
  });

  it('a permission error from the browser is reported as no-permission, never thrown, and drops the grant', async () => {
    const tabId = await meetingTab();
    noteActiveTabGrant(tabId);
    await vi.waitFor(async () => expect((await captureTab(tabId, 1_000)).ok).toBe(true));
    capture.mockRejectedValue(new Error("Either the '<all_urls>' or 'activeTab' permission is required."));
    expect(await captureTab(tabId, 2_000)).toMatchObject({ ok: false, reason: 'no-permission' });
    capture.mockResolvedValue(JPEG_URL);
    expect(await captureTab(tabId, 3_000)).toEqual({ ok: false, reason: 'no-permission' });
    contains.mockResolvedValue(true);
    capture.mockRejectedValue(new Error('Missing activeTab permission'));
    expect(await captureTab(tabId, 4_000)).toMatchObject({ ok: false, reason: 'no-permission' });
  });

  it('with <all_urls>: only the tab in front of its window is captured', async () => {
    contains.mockResolvedValue(true);
    const background = await meetingTab(false);
    expect(await captureTab(background, 1_000)).toEqual({ ok: false, reason: 'not-visible' });
    expect(capture).not.toHaveBeenCalled();
  });

  it('10 requests within 1 s: at most 2 reach captureVisibleTab, the rest are rate-limited', async () => {
    contains.mockResolvedValue(true);
    const tabId = await meetingTab();
    const results = [];
    for (let n = 0; n < 10; n++) results.push(await captureTab(tabId, 10_000 + n * 100));
    expect(capture).toHaveBeenCalledTimes(2);
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok && r.reason === 'rate-limited')).toHaveLength(8);
    capture.mockRejectedValue(new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.'));
    expect(await captureTab(tabId, 20_000)).toMatchObject({ ok: false, reason: 'rate-limited' });
  });

  it('any other failure is a result too', async () => {
    contains.mockResolvedValue(true);
    const tabId = await meetingTab();
    capture.mockRejectedValue(new Error('Failed to capture tab: unknown error'));
    expect(await captureTab(tabId, 1_000)).toMatchObject({ ok: false, reason: 'failed' });
    capture.mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    expect(await captureTab(tabId, 2_000)).toMatchObject({ ok: false, reason: 'failed' });
    expect(await captureTab(999, 3_000)).toMatchObject({ ok: false, reason: 'failed' });
  });
});
