import { browser } from '../../shared/platform/browser';
import { dropActiveTabGrant, hasActiveTabGrant } from './active-tab-grants';

export { noteActiveTabGrant } from './active-tab-grants';
import { createRateGate, CAPTURE } from './capture-policy';
import { jpegBytesOfDataUrl } from './data-url';
import { downscaleJpeg } from './downscale';
import { CHAIN_LIMITS } from './evidence-store';

/**
 * Screenshots of the meeting tab with `tabs.captureVisibleTab` (reliability-security.md §2.1).
 * It needs `<all_urls>` or an `activeTab` grant (a keyboard command on the tab; Firefox accepts
 * `activeTab` since 126), captures only the tab in front of its window, and Chrome allows two
 * calls per second for the whole extension. Every failure is a result, never a throw: capture
 * must not disturb what the host is doing.
 */
export type TabCapture =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'no-permission' | 'not-visible' | 'rate-limited' | 'failed'; detail?: string };

/** One gate for every tab: the quota is per extension, not per tab. */
const gate = createRateGate<'browser'>(CAPTURE.frameIntervalMs);
const ALL_URLS = { origins: ['<all_urls>'] };

/** Screenshots of this tab are allowed now: `<all_urls>` held, or an unexpired `activeTab` grant. */
export async function mayCaptureTab(tabId: number, url: string | undefined): Promise<boolean> {
  const all = await Promise.resolve()
    .then(() => browser.permissions.contains(ALL_URLS))
    .catch(() => false);
  return all || hasActiveTabGrant(tabId, url);
}

export async function captureTab(tabId: number, now: number): Promise<TabCapture> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { ok: false, reason: 'failed', detail: 'the meeting tab is gone' };
  if (!(await mayCaptureTab(tabId, tab.url))) return { ok: false, reason: 'no-permission' };
  // captureVisibleTab shows whatever is in front: another tab's page must never be recorded.
  if (!tab.active || tab.windowId === undefined) return { ok: false, reason: 'not-visible' };
  if (!gate.take('browser', now)) return { ok: false, reason: 'rate-limited' };
  let dataUrl: string;
  try {
    dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 70 });
  } catch (error) {
    return failure(tabId, error);
  }
  const original = jpegBytesOfDataUrl(dataUrl);
  if (!original) return { ok: false, reason: 'failed', detail: 'not a JPEG' };
  const bytes = await downscaleJpeg(original);
  if (bytes.byteLength > CHAIN_LIMITS.itemBytes) return { ok: false, reason: 'failed', detail: 'frame too large' };
  return { ok: true, bytes };
}

/**
 * Chrome: "Either the '<all_urls>' or 'activeTab' permission is required." / "…has not been
 * invoked…"; Firefox: "Missing activeTab permission" / "Missing host permission for the tab".
 */
const PERMISSION_ERROR = /permission|activeTab|all_urls|not been invoked|not in effect|cannot access/i;
const QUOTA_ERROR = /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/;

async function failure(tabId: number, error: unknown): Promise<TabCapture> {
  const detail = error instanceof Error ? error.message : String(error);
  if (QUOTA_ERROR.test(detail)) return { ok: false, reason: 'rate-limited', detail };
  if (PERMISSION_ERROR.test(detail)) {
    // The grant ended without us seeing it (navigation in a frame, a browser restart): forget it.
    await dropActiveTabGrant(tabId);
    return { ok: false, reason: 'no-permission', detail };
  }
  return { ok: false, reason: 'failed', detail };
}

export function __resetCaptureGateForTests(): void {
  gate.forget('browser');
}
