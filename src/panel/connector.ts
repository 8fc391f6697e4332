import type { HostCommand } from '../shared/actions';
import { browser } from '../shared/platform/browser';
import { envelope } from '../shared/protocol/channel';
import type { CommandOutcome } from '../shared/protocol/messages';
import type { Ack } from '../shared/protocol/messages';
import type { FileReportReply, ReportDraft } from '../shared/model/report-draft';
import { deltaFrom, PANEL_LOCAL_KEYS, snapshotFrom, type PanelSnapshot, type StorageDelta } from './storage-snapshot';

export type { PanelSnapshot, StorageDelta };

/** A keyboard command as `commands.getAll()` reports it; `shortcut` is '' when unassigned. */
export interface Shortcut {
  name: string;
  shortcut: string;
}

export type BrowserFlavor = 'chrome' | 'firefox';

/**
 * Everything the panel needs from the browser, behind one interface (Dark Reader's Connector):
 * the store and components never touch `browser`, so tests and previews run on a fake.
 */
export interface PanelConnector {
  /** Decides which settings page the shortcut help points to. */
  readonly flavor: BrowserFlavor;
  load(): Promise<PanelSnapshot>;
  /** Calls `listener` for every storage change the panel shows; returns the unsubscribe. */
  subscribe(listener: (delta: StorageDelta) => void): () => void;
  sendCommand(tabId: number, command: HostCommand): Promise<CommandOutcome>;
  /** Queues a report in the background's outbox; resolves once it is committed there. */
  fileReport(tabId: number, draft: ReportDraft): Promise<FileReportReply>;
  /** Sexual content involving minors: delete the meeting's frames and stop capture, now. */
  withholdImages(tabId: number): Promise<Ack>;
  outbox(op: 'retry' | 'delete', key: string): Promise<Ack>;
  /** Builds the report's evidence bundle (ZIP) and hands it to the browser as a download. */
  exportBundle(key: string): Promise<Ack>;
  getShortcuts(): Promise<Shortcut[]>;
  /** The browser's own page for assigning extension shortcuts. */
  openShortcutSettings(): Promise<void>;
  openDrill(): Promise<void>;
  getMessage(key: string, substitutions?: string[]): string;
  uiLanguage(): string;
}

export const DRILL_PATH = 'src/practice/index.html?scenario=raid';

/** The real connector. Storage, not a port: it keeps working across service-worker restarts. */
export function createBrowserConnector(): PanelConnector {
  // Runtime detection by URL scheme, not user agent (model-codebases.md §4.5).
  const flavor: BrowserFlavor = browser.runtime.getURL('').startsWith('moz-extension:') ? 'firefox' : 'chrome';
  return {
    flavor,
    async load() {
      const [sessionArea, localArea] = await Promise.all([
        browser.storage.session.get(null),
        browser.storage.local.get(PANEL_LOCAL_KEYS),
      ]);
      return snapshotFrom(sessionArea, localArea);
    },
    subscribe(listener) {
      const onChanged = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
        const delta = deltaFrom(changes, area);
        if (delta) listener(delta);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
    sendCommand(tabId, command) {
      return browser.runtime.sendMessage(envelope('panel-bg/command', { tabId, command })) as Promise<CommandOutcome>;
    },
    fileReport: (tabId, draft) =>
      browser.runtime.sendMessage(envelope('panel-bg/file-report', { tabId, draft })) as Promise<FileReportReply>,
    withholdImages: (tabId) =>
      browser.runtime.sendMessage(envelope('panel-bg/withhold-images', { tabId })) as Promise<Ack>,
    outbox: (op, key) => browser.runtime.sendMessage(envelope('panel-bg/outbox', { op, key })) as Promise<Ack>,
    async exportBundle(key) {
      // Loaded on demand: the ZIP code stays out of the panel's start-up bundle.
      const { downloadBundle } = await import('./bundle/download-bundle');
      const exported = await downloadBundle(
        key,
        (k, subs) => browser.i18n.getMessage(k, subs),
        browser.i18n.getUILanguage(),
      );
      if (!exported.ok) return exported;
      return browser.runtime.sendMessage(envelope('panel-bg/bundle-exported', { key })) as Promise<Ack>;
    },
    async getShortcuts() {
      const commands = await browser.commands.getAll();
      return commands.map((c) => ({ name: c.name ?? '', shortcut: c.shortcut ?? '' }));
    },
    async openShortcutSettings() {
      if (flavor === 'chrome') {
        await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
        return;
      }
      // Firefox 137+ opens about:addons' shortcut page itself; tabs.create may not open about: pages.
      const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
      await commands.openShortcutSettings?.();
    },
    async openDrill() {
      await browser.tabs.create({ url: browser.runtime.getURL(DRILL_PATH) });
    },
    getMessage: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
    uiLanguage: () => browser.i18n.getUILanguage(),
  };
}
