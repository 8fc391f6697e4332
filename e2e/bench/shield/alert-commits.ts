import type { Page } from '@playwright/test';
import { TRIPWIRE_KINDS } from '../../../src/shared/model/alert';
import { sessionKey } from '../../../src/shared/storage-keys';

type CommitWindow = typeof globalThis & { __benchTripwireCommits?: Record<string, number> };

/**
 * Runs in the panel page (page.evaluate): for each stored session header (`session:<tab>`),
 * the smallest `updatedAt` among the headers that hold a tripwire alert. `updatedAt` is the
 * background's Date.now() when it folded the event batch that raised the alert, so this is the
 * alert's commit time; a write that coalesced a later change too would only make it later.
 * The panel only listens: nothing asks the background anything during a run.
 */
export function installTripwireCommits(kinds: readonly string[]): void {
  const win = globalThis as CommitWindow;
  if (win.__benchTripwireCommits) return;
  const commits: Record<string, number> = {};
  win.__benchTripwireCommits = commits;
  type Header = { alerts?: { kind: string }[]; updatedAt?: number };
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith('session:')) continue;
      const header = change.newValue as Header | undefined;
      const at = header?.updatedAt;
      if (at === undefined || !header?.alerts?.some((a) => kinds.includes(a.kind))) continue;
      if (!(key in commits) || at < commits[key]!) commits[key] = at;
    }
  });
}

/** Installs the recorder once per panel load (it is lost when the panel reloads). */
export const recordTripwireCommits = (panel: Page): Promise<void> =>
  panel.evaluate(installTripwireCommits, [...TRIPWIRE_KINDS]);

/** The tripwire alert's commit time for a tab (background Date.now()), once heard. */
export function tripwireCommittedAt(panel: Page, tabId: number): Promise<number | undefined> {
  return panel.evaluate((key) => (globalThis as CommitWindow).__benchTripwireCommits?.[key], sessionKey(tabId));
}
