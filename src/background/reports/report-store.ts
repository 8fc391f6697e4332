import { browser } from '../../shared/platform/browser';
import type { Report, ReportStatus } from '../../shared/model/report';
import { REPORTS_KEY } from '../../shared/storage-keys';
import { createSerialQueue } from '../session/serial-queue';

/**
 * Reports the host started, kept in storage.local so they outlive the meeting tab and browser
 * restarts. One writer at a time; reports are never dropped. (The durable outbox that sends
 * reports to a receiver will build on this record.)
 */
const serial = createSerialQueue<'reports'>();

export async function allReports(): Promise<Report[]> {
  const stored = await browser.storage.local.get(REPORTS_KEY);
  return (stored[REPORTS_KEY] as Report[] | undefined) ?? [];
}

export function addReport(report: Report): Promise<void> {
  return serial('reports', async () => {
    await browser.storage.local.set({ [REPORTS_KEY]: [...(await allReports()), report] });
  });
}

/** Moves the newest open report matching `match` to `status`; returns the settled report, if any. */
export function settleReport(
  match: (report: Report) => boolean,
  status: ReportStatus,
  detail: string,
): Promise<Report | undefined> {
  return serial('reports', async () => {
    const reports = await allReports();
    const index = reports.findLastIndex((r) => r.status === 'prefilled' && match(r));
    if (index < 0) return undefined;
    const settled = { ...reports[index]!, status, detail, updatedAt: Date.now() };
    reports[index] = settled;
    await browser.storage.local.set({ [REPORTS_KEY]: reports });
    return settled;
  });
}
