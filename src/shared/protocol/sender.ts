/**
 * The ONLY module that reads `sender` fields (lint enforces it). It never trusts `sender.url`:
 * a compromised renderer controls it (Bitwarden classifySender; uBlock Origin #1992).
 */
import type { Direction } from './messages';
import { PLATFORM_MATCHES, originMatches, type PlatformId } from '../model/platform';

/** The subset of runtime.MessageSender we read; both browsers fill these. */
export interface SenderInfo {
  id?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderClass =
  /** A content script, or our own practice page, inside a browser tab. */
  | { kind: 'tab-script'; tabId: number; frameId: number; extensionPage: boolean; origin?: string }
  /** One of our extension pages outside a tab: the side panel / sidebar (or the background). */
  | { kind: 'extension-page' }
  | { kind: 'foreign' };

export interface Self {
  id: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, no trailing slash. */
  origin: string;
}

export function classifySender(sender: SenderInfo, self: Self): SenderClass {
  if (sender.id !== self.id) return { kind: 'foreign' };
  // COMPAT(firefox): Firefox omits `origin` for some senders; extension pages are then told
  // apart by having no tab, which content scripts always have.
  const fromOurOrigin = sender.origin === undefined ? undefined : sender.origin === self.origin;
  const tabId = sender.tab?.id;
  if (tabId !== undefined && tabId >= 0) {
    return {
      kind: 'tab-script',
      tabId,
      frameId: sender.frameId ?? 0,
      extensionPage: fromOurOrigin === true,
      ...(sender.origin !== undefined ? { origin: sender.origin } : {}),
    };
  }
  if (fromOurOrigin === false) return { kind: 'foreign' };
  return { kind: 'extension-page' };
}

/**
 * Who may send each direction. Content scripts (which live beside hostile pages) may only report
 * what they saw; only our own extension pages may ask for host actions.
 */
export function mayUse(direction: Direction, sender: SenderClass): boolean {
  switch (direction) {
    case 'content-bg':
      return sender.kind === 'tab-script';
    case 'panel-bg':
      return sender.kind === 'extension-page' || (sender.kind === 'tab-script' && sender.extensionPage);
    case 'bg-content':
      return sender.kind === 'extension-page';
  }
}

/**
 * A content script's hello names its platform; the claim must fit where the script runs. A
 * script on evil.example (injected there by a self-hosted Jitsi grant, say) cannot pose as Zoom,
 * and only our own drill page may be the practice meeting outside localhost. `granted` are the
 * origins the host added at run time (self-hosted Jitsi).
 */
export function mayClaimPlatform(platform: PlatformId, sender: SenderClass, granted: readonly string[] = []): boolean {
  if (sender.kind !== 'tab-script') return false;
  if (sender.extensionPage) return platform === 'practice';
  // COMPAT(firefox): Firefox may omit `origin`; the manifest's matches already limit where the script runs.
  if (sender.origin === undefined) return true;
  const origin = sender.origin;
  if (PLATFORM_MATCHES[platform].some((pattern) => originMatches(pattern, origin))) return true;
  return platform === 'jitsi' && granted.includes(origin);
}
