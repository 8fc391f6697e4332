import { browser } from '../../shared/platform/browser';
import { holdRange, openEvidenceDb } from '../../shared/evidence/evidence-db';
import {
  EVIDENCE_STATUS_KEY,
  asEvidenceStatuses,
  boundStatuses,
  type EvidenceStatus,
} from '../../shared/model/evidence';
import { createSerialQueue } from '../session/serial-queue';

/**
 * The per-meeting capture status the panel shows ("capture is not armed: press …"). Written to
 * storage.local when something the host would see changed, and at most every few seconds for
 * the counters, so capture at 2 fps does not rewrite storage twice a second.
 */
const serial = createSerialQueue<'status'>();
const published = new Map<string, EvidenceStatus>();
const REFRESH_MS = 1_000;

export type StatusFields = Omit<EvidenceStatus, 'frames' | 'bytes' | 'oldestAt' | 'updatedAt'>;

export async function publishStatus(fields: StatusFields, now: number, force = false): Promise<EvidenceStatus> {
  const last = published.get(fields.meetingId);
  if (!force && last && sameView(last, fields) && now - last.updatedAt < REFRESH_MS) return last;
  const status: EvidenceStatus = { ...fields, ...(await heldFrames(fields.meetingId)), updatedAt: now };
  published.set(fields.meetingId, status);
  await serial('status', async () => {
    const stored = asEvidenceStatuses((await browser.storage.local.get(EVIDENCE_STATUS_KEY))[EVIDENCE_STATUS_KEY]);
    stored[status.meetingId] = status;
    await browser.storage.local.set({ [EVIDENCE_STATUS_KEY]: boundStatuses(Object.values(stored)) });
  });
  return status;
}

/** The status last written for the meeting (this worker's memory; storage holds the same). */
export function lastStatus(meetingId: string): EvidenceStatus | undefined {
  return published.get(meetingId);
}

/** Frames of the meeting whose image is held, their bytes and the oldest capture time. */
export async function heldFrames(meetingId: string): Promise<Pick<EvidenceStatus, 'frames' | 'bytes' | 'oldestAt'>> {
  const db = await openEvidenceDb();
  const index = db.transaction('items').store.index('byMeetingHold');
  const [ring, incident] = await Promise.all([
    index.getAll(holdRange(meetingId, 'ring')),
    index.getAll(holdRange(meetingId, 'incident')),
  ]);
  const frames = [...ring, ...incident];
  const bytes = frames.reduce((sum, item) => sum + item.size, 0);
  const oldestAt = frames.reduce<number | undefined>(
    (min, item) => (min === undefined ? item.capturedAt : Math.min(min, item.capturedAt)),
    undefined,
  );
  return oldestAt === undefined ? { frames: frames.length, bytes } : { frames: frames.length, bytes, oldestAt };
}

function sameView(a: StatusFields, b: StatusFields): boolean {
  return (
    a.tabId === b.tabId &&
    a.armed === b.armed &&
    a.source === b.source &&
    a.reason === b.reason &&
    a.capped === b.capped
  );
}

export function __forgetStatusForTests(): void {
  published.clear();
}
