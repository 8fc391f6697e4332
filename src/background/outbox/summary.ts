import { browser } from '../../shared/platform/browser';
import {
  asOutboxSummary,
  OUTBOX_SUMMARY_KEY,
  OUTBOX_SUMMARY_LIMIT,
  OUTBOX_SUMMARY_NAME_UNITS,
  OUTBOX_SUMMARY_NAMES,
  type OutboxDestinationSummary,
  type OutboxSummaryItem,
} from '../../shared/model/outbox';
import type { WireReport } from '../../shared/report-wire/schema';
import { newestRecords } from './outbox-db';
import { faultPoint } from './outbox-deps';
import { destinationsOf, type OutboxRecord } from './outbox-record';
import { describeReason } from './reasons';

/** Keys whose last status change could not be saved (storage full): their summary says so. */
const unsavedStatus = new Set<string>();
/** Reports that could not be saved at all, until the next summary write carries them. */
const unsavedReports: OutboxSummaryItem[] = [];

export function noteStatusUnsaved(keys: readonly string[], unsaved: boolean): void {
  for (const key of keys) {
    if (unsaved) unsavedStatus.add(key);
    else unsavedStatus.delete(key);
  }
}

export function noteReportUnsaved(
  report: WireReport,
  meetingTitle: string,
  destinations: OutboxDestinationSummary['destination'][],
): void {
  const reason = describeReason('storage-full', {
    text: 'the report could not be saved; send it again once there is room',
  });
  unsavedReports.push({
    ...itemHeader(report, meetingTitle),
    unsaved: true,
    destinations: destinations.map((destination) => ({
      destination,
      state: 'failed',
      attempts: 0,
      reason,
      reasonCode: 'storage-full',
    })),
  });
}

function itemHeader(report: WireReport, meetingTitle: string): Omit<OutboxSummaryItem, 'destinations'> {
  return {
    key: report.idempotencyKey,
    meetingId: report.meeting.id,
    meetingTitle: meetingTitle || report.meeting.title,
    platform: report.meeting.platform,
    category: report.category,
    names: report.participants.slice(0, OUTBOX_SUMMARY_NAMES).map((p) => p.name.slice(0, OUTBOX_SUMMARY_NAME_UNITS)),
    createdAt: report.createdAt,
  };
}

export function summaryItem(record: OutboxRecord): OutboxSummaryItem {
  const statusUnsaved = unsavedStatus.has(record.key);
  const destinations = destinationsOf(record).map(([destination, s]): OutboxDestinationSummary => {
    const item: OutboxDestinationSummary = { destination, state: s.state, attempts: s.attempts };
    if (s.nextAttemptAt !== undefined && s.state === 'queued') item.nextAttemptAt = s.nextAttemptAt;
    if (s.deliveredAt !== undefined) item.deliveredAt = s.deliveredAt;
    if (s.receiverId) item.receiverId = s.receiverId;
    if (statusUnsaved && s.state !== 'delivered') {
      item.reasonCode = 'storage-full';
      item.reason = describeReason('storage-full', {
        text: 'its delivery status could not be saved; the report is kept',
      });
    } else if (s.reason) {
      item.reason = s.reason;
      if (s.reasonCode) item.reasonCode = s.reasonCode;
    }
    return item;
  });
  return { ...itemHeader(record.report, record.meetingTitle), destinations };
}

async function writeSummary(): Promise<void> {
  const records = await newestRecords(OUTBOX_SUMMARY_LIMIT);
  const stored = asOutboxSummary((await browser.storage.local.get(OUTBOX_SUMMARY_KEY))[OUTBOX_SUMMARY_KEY]);
  const inOutbox = new Set(records.map((record) => record.key));
  // Unsaved reports have no record: they live only here until the host deletes them.
  const unsaved = [...unsavedReports.splice(0), ...stored.filter((item) => item.unsaved)].filter(
    (item) => !inOutbox.has(item.key),
  );
  const items = [...records.map(summaryItem), ...unsaved]
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, OUTBOX_SUMMARY_LIMIT);
  await faultPoint('summary:before-write');
  await browser.storage.local.set({ [OUTBOX_SUMMARY_KEY]: items });
}

let queued = false;
let chain: Promise<void> = Promise.resolve();

/**
 * Mirrors the outbox into storage.local `outbox` after a committed change. Writes coalesce: a
 * write not yet started reads the outbox when it starts, so one covers every change before it.
 */
export function scheduleSummary(): Promise<void> {
  if (queued) return chain;
  queued = true;
  chain = chain.then(async () => {
    queued = false;
    await writeSummary().catch((error: unknown) =>
      console.warn('Hostguard: could not mirror the outbox summary', error),
    );
  });
  return chain;
}

/** Removes an unsaved (record-less) item: the host deleted it. Serialised with the writes. */
export function forgetUnsaved(key: string): Promise<boolean> {
  const run = chain.then(async () => {
    const pending = unsavedReports.findIndex((item) => item.key === key);
    if (pending >= 0) unsavedReports.splice(pending, 1);
    const stored = asOutboxSummary((await browser.storage.local.get(OUTBOX_SUMMARY_KEY))[OUTBOX_SUMMARY_KEY]);
    const found = stored.some((item) => item.key === key && item.unsaved);
    if (found) await browser.storage.local.set({ [OUTBOX_SUMMARY_KEY]: stored.filter((item) => item.key !== key) });
    return found || pending >= 0;
  });
  chain = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}
