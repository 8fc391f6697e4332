import type { Locator, Page, Worker } from '@playwright/test';
import type { OutboxRecord } from '../../src/background/outbox/outbox-record';
import { DESTINATIONS_KEY } from '../../src/shared/model/destinations';
import type { ReportCategory } from '../../src/shared/model/report';
import type { FileReportReply, ReportDraft } from '../../src/shared/model/report-draft';
import { verifyChain } from '../../src/shared/report-wire/chain';
import { sha256Hex } from '../../src/shared/report-wire/sha256';
import type { StoredReport } from '../../src/receiver/store/store';
import type { RunningReceiver } from './receiver';

/**
 * The report outbox as e2e specs drive and check it: the receiver set as the options page
 * saves it, reports filed through the test build's hook (the worker's `__hostguardTest`), the
 * panel's outbox items, and what the receiver really holds.
 */
type OutboxHooks = {
  __hostguardTest: {
    fileReport(tabId: number, draft: ReportDraft): Promise<FileReportReply>;
    outbox(): Promise<OutboxRecord[]>;
    drainOutbox(): Promise<unknown>;
    imageBytesHeld(meetingId: string): Promise<number>;
  };
};

/** Writes storage.local `destinations` through the worker: the outbox reads it at every drain. */
export async function useReceiver(worker: Worker, receiver: { url: string; token: string }): Promise<void> {
  await worker.evaluate(
    ({ key, endpoint }) => chrome.storage.local.set({ [key]: { endpoint } }),
    { key: DESTINATIONS_KEY, endpoint: { url: receiver.url, token: receiver.token } },
  );
}

/** A draft as the panel's composer makes it: the last minute, one person, no platform form. */
export function hookDraft(note: string, participantIds: string[], category: ReportCategory = 'harassment') {
  return { category, participantIds, note, platformReport: false, window: { from: 0, to: 0 } };
}

/**
 * Files drafts one after another in the worker; each resolves once committed to IndexedDB (the
 * "queued" the host is shown). The window is set in the worker: the last minute until now.
 * Returns the idempotency keys, in order; throws if the outbox refused one.
 */
export async function fileThroughHook(worker: Worker, tabId: number, drafts: ReportDraft[]): Promise<string[]> {
  const replies = await worker.evaluate(
    async ({ tabId, drafts }) => {
      const hooks = (globalThis as unknown as OutboxHooks).__hostguardTest;
      const out: FileReportReply[] = [];
      for (const draft of drafts) {
        const now = Date.now();
        out.push(await hooks.fileReport(tabId, { ...draft, window: { from: now - 60_000, to: now } }));
      }
      return out;
    },
    { tabId, drafts },
  );
  return replies.map((reply) => {
    if (!reply.ok) throw new Error(`the outbox refused a report: ${reply.reason}`);
    return reply.key;
  });
}

export const outboxRecords = (worker: Worker): Promise<OutboxRecord[]> =>
  worker.evaluate(() => (globalThis as unknown as OutboxHooks).__hostguardTest.outbox());

export const imageBytesHeld = (worker: Worker, meetingId: string): Promise<number> =>
  worker.evaluate((id) => (globalThis as unknown as OutboxHooks).__hostguardTest.imageBytesHeld(id), meetingId);

/** The panel's outbox items (OutboxItem.tsx), and one by its report's key. */
export const outboxItems = (panel: Page): Locator => panel.getByTestId('outbox').getByTestId('outbox-item');
export const outboxItem = (panel: Page, key: string): Locator =>
  panel.getByTestId('outbox').locator(`[data-testid="outbox-item"][data-key="${key}"]`);
export const endpointLine = (item: Locator): Locator =>
  item.locator('[data-testid="outbox-destination"][data-destination="endpoint"]');

/** What the receiver holds, checked independently of what it says about itself. */
export interface ReceivedCheck {
  reports: StoredReport[];
  /** Reports whose chain the receiver marked verified AND that verify again here. */
  chainsVerified: number;
  /** Attached entries over all reports, and those whose bytes the receiver holds with that SHA-256, type and size. */
  attached: number;
  attachedHeld: number;
  /** Distinct image bytes the receiver holds (stats over its evidence table). */
  imageBytes: number;
  problems: string[];
}

export async function checkReceived(receiver: RunningReceiver): Promise<ReceivedCheck> {
  const reports = await receiver.reports();
  const problems: string[] = [];
  let chainsVerified = 0;
  let attached = 0;
  let attachedHeld = 0;
  const checkedBytes = new Map<string, boolean>();
  for (const stored of reports) {
    const { report } = stored;
    const again = await verifyChain(report.meeting.id, report.evidence.entries, report.evidence.chainHead);
    if (stored.chainStatus === 'verified' && again === 'verified') chainsVerified++;
    else problems.push(`${stored.idempotencyKey}: chain ${stored.chainStatus}, re-checked ${again}`);
    for (const entry of report.evidence.entries.filter((e) => e.attached)) {
      attached++;
      if (!checkedBytes.has(entry.sha256)) {
        const held = await receiver.store.readEvidence(entry.sha256);
        const ok =
          held !== undefined &&
          held.mediaType === entry.mediaType &&
          held.bytes.byteLength === entry.size &&
          (await sha256Hex(held.bytes)) === entry.sha256;
        checkedBytes.set(entry.sha256, ok);
      }
      if (checkedBytes.get(entry.sha256)) attachedHeld++;
      else problems.push(`${stored.idempotencyKey}: evidence ${entry.seq} (${entry.sha256}) not held as sent`);
    }
  }
  const { imageBytes } = await receiver.store.stats();
  return { reports, chainsVerified, attached, attachedHeld, imageBytes, problems };
}

/** UTF-8 bytes as hex, so a byte-exact comparison prints what differs. */
export const utf8Hex = (text: string): string => Buffer.from(text, 'utf8').toString('hex');
