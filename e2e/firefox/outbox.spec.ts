import { DESTINATIONS_KEY } from '../../src/shared/model/destinations';
import type { FileReportReply, ReportDraft } from '../../src/shared/model/report-draft';
import { expect, test } from '../support/firefox-fixtures';
import { hookDraft } from '../support/outbox';
import { checkReceived } from '../support/outbox-received';
import { startReceiver, type RunningReceiver } from '../support/receiver';

/** What the evaluate callbacks reach in a Firefox extension page. */
interface PageGlobals {
  browser: {
    storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
    runtime: {
      getBackgroundPage(): Promise<{
        __hostguardTest?: { fileReport(tabId: number, draft: ReportDraft): Promise<FileReportReply> };
      }>;
    };
  };
}

let receiver: RunningReceiver;
test.beforeEach(async () => {
  receiver = await startReceiver();
});
test.afterEach(async () => {
  await receiver.close();
});

test('Firefox: a filed report reaches the receiver once, chain verified, and the panel shows it delivered', async ({
  firefox,
}) => {
  const meeting = await firefox.openPractice();
  const panel = await firefox.panel();
  await panel.evaluate(
    (key: string, endpoint: { url: string; token: string }) =>
      (globalThis as unknown as PageGlobals).browser.storage.local.set({ [key]: { endpoint } }),
    DESTINATIONS_KEY,
    { url: receiver.url, token: receiver.token },
  );
  // Firefox's background is an event page: the panel reaches its test hook directly.
  const reply = await panel.evaluate(
    async (tabId: number, draft: ReportDraft) => {
      const background = await (globalThis as unknown as PageGlobals).browser.runtime.getBackgroundPage();
      const now = Date.now();
      return background.__hostguardTest!.fileReport(tabId, { ...draft, window: { from: now - 60_000, to: now } });
    },
    meeting.tabId,
    hookDraft('TEST: from Firefox', ['p3']),
  );
  if (!reply.ok) throw new Error(`the outbox refused the report: ${reply.reason}`);

  await expect.poll(() => receiver.count(), { timeout: 15_000 }).toBe(1);
  const received = await checkReceived(receiver);
  expect(received.reports.map((r) => [r.idempotencyKey, r.report.note, r.report.client.browser])).toEqual([
    [reply.key, 'TEST: from Firefox', 'firefox'],
  ]);
  expect(received.chainsVerified).toBe(1);
  expect(received.attached).toBeGreaterThan(0);
  expect(received.problems).toEqual([]);
  const state = () =>
    panel.evaluate(
      (key: string) =>
        document.querySelector(`[data-testid="outbox-item"][data-key="${key}"]`)?.getAttribute('data-state') ?? null,
      reply.key,
    );
  await expect.poll(state).toBe('delivered');
});
