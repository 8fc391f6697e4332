import { DRILL_HISTORY_KEY, type DrillRecord } from '../../shared/model/drill';
import { KEYBOARD_COMMANDS, type HostCommand } from '../../shared/actions';
import type { Ack, CommandOutcome } from '../../shared/protocol/messages';
import type { FileReportReply, ReportDraft } from '../../shared/model/report-draft';
import { OUTBOX_SUMMARY_KEY, type OutboxSummaryItem } from '../../shared/model/outbox';
import { EVIDENCE_STATUS_KEY, type EvidenceStatus } from '../../shared/model/evidence';
import en from '../../public/_locales/en/messages.json';
import { catalogueSource, type MessageCatalogue } from '../catalogue';
import type { BrowserFlavor, PanelConnector, Shortcut } from '../connector';
import { deltaFrom, type PanelSnapshot, type StorageChanges, type StorageDelta } from '../storage-snapshot';
import type { MeetingSession } from '../../shared/model/session';
import type { Report } from '../../shared/model/report';
import { changedSessionItems } from '../../shared/session-storage';
import { FOCUS_KEY, REPORTS_KEY, sessionKey, type Focus } from '../../shared/storage-keys';

/** What a test changes in storage: whole sessions (null = removed), focus, reports. */
export interface FakeStorageChange {
  sessions?: Record<number, MeetingSession | null>;
  focus?: Focus | null;
  reports?: Report[];
  drills?: DrillRecord[];
  outbox?: OutboxSummaryItem[];
  evidence?: Record<string, EvidenceStatus>;
}

/**
 * An in-memory connector for tests and for rendering the panel outside the extension: storage
 * is a snapshot you change with `emit`, commands are recorded in `sent`, and replies come from
 * `reply` (replace it to simulate failures or a slow background).
 */
export class FakeConnector implements PanelConnector {
  flavor: BrowserFlavor = 'chrome';
  snapshot: PanelSnapshot;
  sent: { tabId: number; command: HostCommand }[] = [];
  reply: (tabId: number, command: HostCommand) => Promise<unknown> = () =>
    Promise.resolve({ ok: true, steps: [] } satisfies CommandOutcome);
  shortcuts: Shortcut[] = KEYBOARD_COMMANDS.map((c) => ({
    name: c.name,
    shortcut: 'defaultShortcut' in c ? c.defaultShortcut : '',
  }));
  /** Reports filed, images withheld, outbox operations and bundles asked for, in order. */
  filed: { tabId: number; draft: ReportDraft }[] = [];
  withheld: number[] = [];
  outboxOps: { op: 'retry' | 'delete'; key: string }[] = [];
  bundles: string[] = [];
  fileReply: (tabId: number, draft: ReportDraft) => Promise<FileReportReply> = () =>
    Promise.resolve({ ok: true, key: crypto.randomUUID() });
  drillsOpened = 0;
  shortcutSettingsOpened = 0;
  private readonly listeners = new Set<(delta: StorageDelta) => void>();
  private readonly source = catalogueSource(en as MessageCatalogue);

  constructor(snapshot: Partial<PanelSnapshot> = {}) {
    this.snapshot = { sessions: {}, focus: null, reports: [], drills: [], outbox: [], evidence: {}, ...snapshot };
  }

  load(): Promise<PanelSnapshot> {
    return Promise.resolve(structuredClone(this.snapshot));
  }

  subscribe(listener: (delta: StorageDelta) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Changes storage as the background would (whole sessions, written in the real storage layout)
   * and notifies like `storage.onChanged`, through the real `deltaFrom`.
   */
  emit(change: FakeStorageChange): void {
    const items: StorageChanges = {};
    for (const [key, session] of Object.entries(change.sessions ?? {})) {
      const tabId = Number(key);
      if (session) this.snapshot.sessions[tabId] = session;
      else delete this.snapshot.sessions[tabId];
      const written = session ? changedSessionItems(undefined, session) : { [sessionKey(tabId)]: undefined };
      for (const [item, value] of Object.entries(written)) items[item] = { newValue: value };
    }
    if (change.focus !== undefined) {
      this.snapshot.focus = change.focus;
      items[FOCUS_KEY] = { newValue: change.focus };
    }
    const deltas = [deltaFrom(items, 'session')];
    if (change.reports) {
      this.snapshot.reports = change.reports;
      deltas.push(deltaFrom({ [REPORTS_KEY]: { newValue: change.reports } }, 'local'));
    }
    if (change.drills) {
      this.snapshot.drills = change.drills;
      deltas.push(deltaFrom({ [DRILL_HISTORY_KEY]: { newValue: change.drills } }, 'local'));
    }
    if (change.outbox) {
      this.snapshot.outbox = change.outbox;
      deltas.push(deltaFrom({ [OUTBOX_SUMMARY_KEY]: { newValue: change.outbox } }, 'local'));
    }
    if (change.evidence) {
      this.snapshot.evidence = change.evidence;
      deltas.push(deltaFrom({ [EVIDENCE_STATUS_KEY]: { newValue: change.evidence } }, 'local'));
    }
    for (const delta of deltas) if (delta) this.listeners.forEach((listener) => listener(structuredClone(delta)));
  }

  sendCommand(tabId: number, command: HostCommand): Promise<CommandOutcome> {
    this.sent.push({ tabId, command });
    return this.reply(tabId, command) as Promise<CommandOutcome>;
  }

  fileReport(tabId: number, draft: ReportDraft): Promise<FileReportReply> {
    this.filed.push({ tabId, draft });
    return this.fileReply(tabId, draft);
  }

  withholdImages(tabId: number): Promise<Ack> {
    this.withheld.push(tabId);
    return Promise.resolve({ ok: true });
  }

  outbox(op: 'retry' | 'delete', key: string): Promise<Ack> {
    this.outboxOps.push({ op, key });
    return Promise.resolve({ ok: true });
  }

  exportBundle(key: string): Promise<Ack> {
    this.bundles.push(key);
    return Promise.resolve({ ok: true });
  }

  getShortcuts(): Promise<Shortcut[]> {
    return Promise.resolve(this.shortcuts);
  }

  openShortcutSettings(): Promise<void> {
    this.shortcutSettingsOpened++;
    return Promise.resolve();
  }

  openDrill(): Promise<void> {
    this.drillsOpened++;
    return Promise.resolve();
  }

  getMessage = (key: string, substitutions?: string[]): string => this.source(key, substitutions);
  uiLanguage = (): string => 'en';
}
