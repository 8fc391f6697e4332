import { browser } from '../../shared/platform/browser';

/**
 * Tabs where a keyboard command granted `activeTab`, which lets `captureVisibleTab` run without
 * the `<all_urls>` permission (reliability-security.md §2.1). A grant lasts until the tab goes
 * to another origin or closes. Kept in storage.session, like the grant itself it ends with the
 * browser session but outlives a stopped worker.
 */
const GRANTS_KEY = 'evidenceGrants';
/** tabId → the origin the tab showed when the grant was made ('' until known). */
let grants: Map<number, string> | undefined;
let loading: Promise<Map<number, string>> | undefined;

function load(): Promise<Map<number, string>> {
  loading ??= browser.storage.session.get(GRANTS_KEY).then((stored) => {
    const raw = stored[GRANTS_KEY];
    const entries = Array.isArray(raw) ? raw.filter(isGrant) : [];
    grants ??= new Map(entries);
    return grants;
  });
  return loading;
}

const isGrant = (value: unknown): value is [number, string] =>
  Array.isArray(value) && Number.isInteger(value[0]) && typeof value[1] === 'string';

function save(map: Map<number, string>): void {
  void browser.storage.session.set({ [GRANTS_KEY]: [...map] }).catch(() => undefined);
}

export function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
}

/** For the keyboard handler: a command on `tabId` just granted `activeTab` there. */
export function noteActiveTabGrant(tabId: number): void {
  void load().then(async (map) => {
    map.set(tabId, '');
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (map.get(tabId) === '') map.set(tabId, originOf(tab?.url));
    save(map);
  });
}

/** The tab holds a grant and, when both are known, still shows the origin it was granted on. */
export async function hasActiveTabGrant(tabId: number, url: string | undefined): Promise<boolean> {
  const map = await load();
  const origin = map.get(tabId);
  if (origin === undefined) return false;
  const now = originOf(url);
  if (origin && now && origin !== now) {
    await dropActiveTabGrant(tabId);
    return false;
  }
  return true;
}

export async function dropActiveTabGrant(tabId: number): Promise<void> {
  const map = await load();
  if (map.delete(tabId)) save(map);
}

/**
 * Closing the tab ends a grant (registered at worker start). Navigation to another origin is
 * checked when capture asks (hasActiveTabGrant), not with `tabs.onUpdated`: that listener would
 * wake the worker on every page load in the browser.
 */
export function watchActiveTabGrants(): void {
  browser.tabs.onRemoved.addListener((tabId) => void dropActiveTabGrant(tabId));
}

export function __forgetGrantsForTests(): void {
  grants = undefined;
  loading = undefined;
}
