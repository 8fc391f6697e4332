// @vitest-environment node
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshEvidenceDb } from '../../shared/evidence/evidence-db.testing';
import { RETENTION_KEY } from '../../shared/model/evidence';
import { verifyChain } from '../../shared/report-wire/chain';
import { appendEvidence, meetingEvidence } from './evidence-store';
import {
  RETENTION_ALARM,
  purgeAfterExport,
  purgeExpired,
  purgeMeeting,
  scheduleRetention,
  storageUse,
} from './retention';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 30);
const frame = (n: number) => new Uint8Array([0xff, 0xd8, 0xff, n, 1, 2, 3, 4, 5, 6]);

beforeEach(freshEvidenceDb);

describe('retention', () => {
  it('by default deletes images older than 30 days; a meeting entirely older goes, a newer chain stays verifiable', async () => {
    await appendEvidence('old', 'frame', 'image/jpeg', frame(1), now - 40 * DAY);
    await appendEvidence('old', 'frame', 'image/jpeg', frame(2), now - 35 * DAY);
    await appendEvidence('mixed', 'frame', 'image/jpeg', frame(3), now - 31 * DAY, {
      hold: 'incident',
      incidentId: 'a',
    });
    await appendEvidence('mixed', 'frame', 'image/jpeg', frame(4), now - 29 * DAY, {
      hold: 'incident',
      incidentId: 'a',
    });
    expect(await storageUse()).toEqual({ bytes: 40, items: 4 });

    expect(await purgeExpired(now)).toEqual({ bytes: 30, meetings: 1 });

    expect((await meetingEvidence('old')).entries).toEqual([]);
    const mixed = await meetingEvidence('mixed');
    expect(mixed.entries.map((e) => e.attached)).toEqual([false, true]);
    expect(await verifyChain('mixed', mixed.entries, mixed.chainHead)).toBe('verified');
    expect(await storageUse()).toEqual({ bytes: 10, items: 2 });
  });

  it('follows the host’s setting, bounded to 1..365 days', async () => {
    await fakeBrowser.storage.local.set({ [RETENTION_KEY]: { days: 2, purgeAfterExport: false } });
    await appendEvidence('m', 'frame', 'image/jpeg', frame(1), now - 3 * DAY);
    await appendEvidence('m', 'frame', 'image/jpeg', frame(2), now - 1 * DAY);
    await purgeExpired(now);
    expect((await meetingEvidence('m')).entries.map((e) => e.attached)).toEqual([false, true]);

    await fakeBrowser.storage.local.set({ [RETENTION_KEY]: { days: 0 } });
    await purgeExpired(now);
    expect((await meetingEvidence('m')).entries.map((e) => e.attached)).toEqual([false, true]);
  });

  it('purgeMeeting drops the images and snapshots of one meeting, keeping its hashes', async () => {
    await appendEvidence('a', 'frame', 'image/jpeg', frame(1), now);
    await appendEvidence('a', 'roster', 'application/json', new TextEncoder().encode('{}'), now);
    await appendEvidence('b', 'frame', 'image/jpeg', frame(2), now);
    expect(await purgeMeeting('a')).toBe(12);
    expect((await meetingEvidence('a')).entries.map((e) => e.attached)).toEqual([false, false]);
    expect((await meetingEvidence('b')).entries.map((e) => e.attached)).toEqual([true]);
  });

  it('purgeAfterExport purges only when the host turned it on', async () => {
    await appendEvidence('a', 'frame', 'image/jpeg', frame(1), now);
    expect(await purgeAfterExport('a')).toBe(false);
    expect((await meetingEvidence('a')).entries[0]?.attached).toBe(true);
    await fakeBrowser.storage.local.set({ [RETENTION_KEY]: { days: 30, purgeAfterExport: true } });
    expect(await purgeAfterExport('a')).toBe(true);
    expect((await meetingEvidence('a')).entries[0]?.attached).toBe(false);
  });

  it('runs daily from an alarm and once at start', async () => {
    await appendEvidence('old', 'frame', 'image/jpeg', frame(1), Date.now() - 40 * DAY);
    scheduleRetention();
    await expect.poll(() => fakeBrowser.alarms.get(RETENTION_ALARM)).toMatchObject({ periodInMinutes: 24 * 60 });
    await expect.poll(async () => (await storageUse()).items).toBe(0);
    await appendEvidence('old2', 'frame', 'image/jpeg', frame(2), Date.now() - 40 * DAY);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: RETENTION_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await expect.poll(async () => (await storageUse()).items).toBe(0);
  });
});
