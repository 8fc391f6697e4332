import { browser } from '../../shared/platform/browser';
import { meetingRange, openEvidenceDb, writeTx } from '../../shared/evidence/evidence-db';
import { RETENTION_KEY, asRetention, type RetentionSettings } from '../../shared/model/evidence';
import { inMeetingOrder } from './evidence-store';
import { releaseItems } from './release';

/**
 * How long local evidence lives (reliability-security.md §4, §8.2): the host's setting, 30 days
 * by default. An image or snapshot older than that is deleted (its entry stays hash-only, so a
 * report on the meeting still verifies); a meeting whose whole chain is older goes entirely.
 */
export const RETENTION_ALARM = 'evidence-retention';
const DAY_MS = 24 * 60 * 60 * 1000;

export async function retentionSettings(): Promise<RetentionSettings> {
  const stored = await browser.storage.local.get(RETENTION_KEY);
  return asRetention(stored[RETENTION_KEY]);
}

export async function purgeExpired(now: number): Promise<{ bytes: number; meetings: number }> {
  const cutoff = now - (await retentionSettings()).days * DAY_MS;
  const db = await openEvidenceDb();
  const tx = writeTx(db, ['items', 'blobs', 'chains']);
  const items = tx.objectStore('items');
  const old = await items.index('byCapturedAt').getAll(IDBKeyRange.upperBound(cutoff, true));
  const bytes = await releaseItems(
    tx,
    old.filter((item) => item.attached),
  );
  const chains = await tx.objectStore('chains').getAll();
  const expired = chains.filter((chain) => chain.lastAt < cutoff);
  for (const chain of expired) {
    void items.delete(meetingRange(chain.meetingId));
    void tx.objectStore('chains').delete(chain.meetingId);
  }
  await tx.done;
  return { bytes, meetings: expired.length };
}

/** After an exported bundle (`purgeAfterExport`): the meeting's images and snapshots go, hashes stay. */
export function purgeMeeting(meetingId: string): Promise<number> {
  return inMeetingOrder(meetingId, async () => {
    const db = await openEvidenceDb();
    const tx = writeTx(db, ['items', 'blobs']);
    const items = await tx.objectStore('items').getAll(meetingRange(meetingId));
    const bytes = await releaseItems(
      tx,
      items.filter((item) => item.attached),
    );
    await tx.done;
    return bytes;
  });
}

/** For the panel's "bundle exported" message: purges the meeting only if the host asked for it. */
export async function purgeAfterExport(meetingId: string): Promise<boolean> {
  if (!(await retentionSettings()).purgeAfterExport) return false;
  await purgeMeeting(meetingId);
  return true;
}

/** What evidence takes on this device, for the panel and the options page. */
export async function storageUse(): Promise<{ bytes: number; items: number }> {
  const db = await openEvidenceDb();
  const tx = db.transaction(['items', 'blobs'], 'readonly');
  let bytes = 0;
  for (let cursor = await tx.objectStore('blobs').openCursor(); cursor; cursor = await cursor.continue()) {
    bytes += cursor.value.size;
  }
  const items = await tx.objectStore('items').count();
  await tx.done;
  return { bytes, items };
}

/** Daily purge, and one at each worker start (the alarm may have fired while the browser was closed). */
export function scheduleRetention(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void purgeExpired(Date.now()).catch(warn);
  });
  void browser.alarms
    .get(RETENTION_ALARM)
    .then(async (existing) => {
      if (!existing) await browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
    })
    .catch(warn);
  void purgeExpired(Date.now()).catch(warn);
}

function warn(error: unknown): void {
  console.warn('Hostguard: evidence retention failed', error);
}
