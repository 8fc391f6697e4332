import type { Locator, Page, Worker } from '@playwright/test';
import type { OutboxRecord } from '../../src/background/outbox/outbox-record';
import { DESTINATIONS_KEY } from '../../src/shared/model/destinations';
import type { ReportCategory } from '../../src/shared/model/report';
import type { FileReportReply, ReportDraft } from '../../src/shared/model/report-draft';

/**
 * The report outbox as e2e specs drive and check it: the receiver set as the options page
 * saves it, reports filed through the test build's hook (the worker's `__hostguardTest`), the
 * panel's outbox items, and the outbox's own records (what the receiver holds: outbox-received.ts).
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
  await worker.evaluate(({ key, endpoint }) => chrome.storage.local.set({ [key]: { endpoint } }), {
    key: DESTINATIONS_KEY,
    endpoint: { url: receiver.url, token: receiver.token },
  });
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

/** Each record's endpoint delivery (whole records are large to ship over CDP). */
export interface EndpointDelivery {
  key: string;
  createdAt: number;
  state: string;
  attempts: number;
  sendingSince?: number;
  deliveredAt?: number;
}

/** Read in the worker, through the test hook (starts the worker if it is stopped). */
export const endpointDeliveries = (worker: Worker): Promise<EndpointDelivery[]> =>
  worker.evaluate(async () =>
    (await (globalThis as unknown as OutboxHooks).__hostguardTest.outbox()).map((record) => ({
      key: record.key,
      createdAt: record.report.createdAt,
      state: record.destinations.endpoint?.state ?? 'none',
      attempts: record.destinations.endpoint?.attempts ?? 0,
      sendingSince: record.destinations.endpoint?.sendingSince,
      deliveredAt: record.destinations.endpoint?.deliveredAt,
    })),
  );

/**
 * Read from an extension page straight from the outbox database, so watching the outbox never
 * wakes a stopped worker: only the product's own alarm or events may. Runs in the page.
 */
export async function outboxDbDeliveries(dbName: string): Promise<EndpointDelivery[]> {
  if (!(await indexedDB.databases()).some((db) => db.name === dbName)) return [];
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const records = await new Promise<OutboxRecord[]>((resolve, reject) => {
      const request = db.transaction('reports').objectStore('reports').getAll();
      request.onsuccess = () => resolve(request.result as OutboxRecord[]);
      request.onerror = () => reject(request.error);
    });
    return records.map((record) => ({
      key: record.key,
      createdAt: record.report.createdAt,
      state: record.destinations.endpoint?.state ?? 'none',
      attempts: record.destinations.endpoint?.attempts ?? 0,
      sendingSince: record.destinations.endpoint?.sendingSince,
      deliveredAt: record.destinations.endpoint?.deliveredAt,
    }));
  } finally {
    db.close();
  }
}

export const imageBytesHeld = (worker: Worker, meetingId: string): Promise<number> =>
  worker.evaluate((id) => (globalThis as unknown as OutboxHooks).__hostguardTest.imageBytesHeld(id), meetingId);

/** The panel's outbox items (OutboxItem.tsx), and one by its report's key. */
export const outboxItems = (panel: Page): Locator => panel.getByTestId('outbox').getByTestId('outbox-item');
export const outboxItem = (panel: Page, key: string): Locator =>
  panel.getByTestId('outbox').locator(`[data-testid="outbox-item"][data-key="${key}"]`);
export const endpointLine = (item: Locator): Locator =>
  item.locator('[data-testid="outbox-destination"][data-destination="endpoint"]');
