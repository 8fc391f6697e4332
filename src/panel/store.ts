import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostCommand } from '../shared/actions';
import type { CommandOutcome } from '../shared/protocol/messages';
import type { ReportDraft } from '../shared/model/report-draft';
import type { ComposeDialogState } from './report-compose';
import type { Announcement, AnnouncementDraft } from './announcements';
import type { BrowserFlavor, PanelConnector, Shortcut } from './connector';
import type { PanelSnapshot, StorageDelta } from './storage-snapshot';
import { applyDelta, asOutcome, capReports, outcomeAnnouncement, PANEL_LIMITS, pendingKey } from './store-deltas';

/** The confirm dialog open over the panel, if any. `name` is the raw name when it opened. */
export type EjectDialogState = { kind: 'eject'; tabId: number; participantId: string; name: string };
export type DialogState = EjectDialogState | ComposeDialogState;
/** The raid sweep's confirmation, with its candidates as they were when it opened. */
export type SweepDialogState = { kind: 'sweep'; tabId: number; participantIds: string[] };

export interface PanelState extends PanelSnapshot {
  loaded: boolean;
  loadError: string | null;
  /** The meeting the host picked, and when: a later focus (the host acted elsewhere) wins. */
  picked: { tabId: number; at: number } | null;
  pending: Record<string, { tabId: number; command: HostCommand; since: number }>;
  announcements: Announcement[];
  /** Critical banners up to this announcement id were dismissed by the host. */
  dismissedUpTo: number;
  shortcuts: Shortcut[] | null;
  flavor: BrowserFlavor;
  dialog: DialogState | SweepDialogState | null;
}

export interface PanelActions {
  /** Subscribes, loads, and returns the stop function. Changes during the load are replayed. */
  start(): () => void;
  apply(delta: StorageDelta): void;
  pick(tabId: number): void;
  send(tabId: number, command: HostCommand): Promise<CommandOutcome | undefined>;
  refreshShortcuts(): Promise<void>;
  openShortcutSettings(): Promise<void>;
  openDrill(): Promise<void>;
  dismissAnnouncement(id: number): void;
  /** Queues a report in the outbox; true once the background committed it. */
  fileReport(tabId: number, draft: ReportDraft): Promise<boolean>;
  withholdImages(tabId: number): Promise<void>;
  changeOutbox(op: 'retry' | 'delete', key: string): Promise<void>;
  exportBundle(key: string): Promise<void>;
  openDialog(dialog: DialogState | SweepDialogState): void;
  closeDialog(): void;
}

export type PanelStoreState = PanelState & PanelActions;
export type PanelStore = StoreApi<PanelStoreState>;

export function createPanelStore(connector: PanelConnector, now: () => number = Date.now): PanelStore {
  let nextAnnouncementId = 1;
  return createStore<PanelStoreState>()((set, get) => {
    const announce = (drafts: readonly (AnnouncementDraft | undefined)[]) => {
      const numbered = drafts
        .filter((d) => d !== undefined)
        .map((d) => ({ ...d, id: nextAnnouncementId++ }) as Announcement);
      if (numbered.length === 0) return;
      set((s) => ({ announcements: [...s.announcements, ...numbered].slice(-PANEL_LIMITS.announcements) }));
    };
    const setPending = (key: string, entry: PanelState['pending'][string] | undefined) =>
      set((s) => {
        const pending = { ...s.pending };
        if (entry) pending[key] = entry;
        else delete pending[key];
        return { pending };
      });

    return {
      sessions: {},
      focus: null,
      reports: [],
      drills: [],
      outbox: [],
      evidence: {},
      loaded: false,
      loadError: null,
      picked: null,
      pending: {},
      announcements: [],
      dismissedUpTo: 0,
      shortcuts: null,
      flavor: connector.flavor,
      dialog: null,

      start() {
        const early: StorageDelta[] = [];
        const unsubscribe = connector.subscribe((delta) => (get().loaded ? get().apply(delta) : early.push(delta)));
        connector.load().then(
          (snapshot) => {
            set({ ...snapshot, reports: capReports(snapshot.reports), loaded: true, loadError: null });
            early.splice(0).forEach((delta) => get().apply(delta));
          },
          (error: unknown) => set({ loaded: true, loadError: String(error) }),
        );
        void get().refreshShortcuts();
        return unsubscribe;
      },

      apply(delta) {
        const { next, heard } = applyDelta(get(), delta);
        set(next);
        announce(heard);
      },

      pick: (tabId) => set({ picked: { tabId, at: now() } }),

      async send(tabId, command) {
        const key = pendingKey(tabId, command);
        if (get().pending[key]) return undefined;
        setPending(key, { tabId, command, since: now() });
        if (command.kind === 'report') {
          const name = get().sessions[tabId]?.participants[command.participantId]?.name ?? '';
          announce([{ kind: 'report-prefilling', tabId, name }]);
        }
        try {
          const outcome = asOutcome(await connector.sendCommand(tabId, command));
          announce([outcomeAnnouncement(tabId, command, outcome)]);
          return outcome;
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          announce([{ kind: 'command-failed', tabId, command: command.kind, failed: 0, reason }]);
          return undefined;
        } finally {
          setPending(key, undefined);
        }
      },

      async fileReport(tabId, draft) {
        const failed = (reason: string) => announce([{ kind: 'report-not-queued', tabId, reason }]);
        try {
          const reply = await connector.fileReport(tabId, draft);
          if (!reply?.ok) {
            failed(reply?.reason ?? 'no answer from Hostguard');
            return false;
          }
          announce([{ kind: 'report-queued', tabId, count: draft.participantIds.length }]);
          return true;
        } catch (error) {
          failed(error instanceof Error ? error.message : String(error));
          return false;
        }
      },

      async withholdImages(tabId) {
        const reply = await connector
          .withholdImages(tabId)
          .catch((error: unknown) => ({ ok: false as const, reason: String(error) }));
        announce([
          reply.ok ? { kind: 'images-withheld', tabId } : { kind: 'images-not-withheld', tabId, reason: reply.reason },
        ]);
      },

      async changeOutbox(op, key) {
        await connector.outbox(op, key).catch(() => undefined);
      },

      async exportBundle(key) {
        const reply = await connector
          .exportBundle(key)
          .catch((error: unknown) => ({ ok: false as const, reason: String(error) }));
        if (!reply.ok) announce([{ kind: 'bundle-failed', tabId: -1, reason: reply.reason }]);
      },

      async refreshShortcuts() {
        try {
          set({ shortcuts: await connector.getShortcuts() });
        } catch {
          set({ shortcuts: [] });
        }
      },

      openShortcutSettings: () => connector.openShortcutSettings().catch(() => undefined),
      openDrill: () => connector.openDrill().catch(() => undefined),
      dismissAnnouncement: (id) => set((s) => ({ dismissedUpTo: Math.max(s.dismissedUpTo, id) })),
      openDialog: (dialog) => set({ dialog }),
      closeDialog: () => set({ dialog: null }),
    };
  });
}
