// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshEvidenceDb } from '../../shared/evidence/evidence-db.testing';
import { verifyChain } from '../../shared/report-wire/chain';
import { CAPTURE } from './capture-policy';
import { appendEvidence, meetingEvidence } from './evidence-store';
import { enforceByteCap, enforceFrameCap, evictRing, pinIncident } from './ring-buffer';
import { heldFrames } from './status';

const frame = (n: number, size = 6) => {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0, n & 0xff, (n >> 8) & 0xff]);
  return bytes;
};

/** One frame every 500 ms from t=0 to `seconds`, evicting after each like the capture loop. */
async function captureFor(meetingId: string, seconds: number, pinned?: { from: number; id: string }) {
  for (let at = 0; at < seconds * 1000; at += CAPTURE.frameIntervalMs) {
    const hold = pinned && at >= pinned.from ? { hold: 'incident' as const, incidentId: pinned.id } : {};
    await appendEvidence(meetingId, 'frame', 'image/jpeg', frame(at / 500), at, hold);
    await evictRing(meetingId, at);
  }
}

beforeEach(freshEvidenceDb);

describe('the ring buffer', () => {
  it('outside incidents keeps only the last 10 s of frames; older ones stay in the chain hash-only', async () => {
    await captureFor('m', 30);
    const { entries, chainHead } = await meetingEvidence('m');
    expect(entries).toHaveLength(60);
    const attached = entries.filter((e) => e.attached);
    expect(attached.every((e) => e.capturedAt >= 29_500 - CAPTURE.ringMs)).toBe(true);
    expect(attached).toHaveLength(21);
    expect(await verifyChain('m', entries, chainHead)).toBe('verified');
    expect((await heldFrames('m')).frames).toBe(21);
  });

  it('an alert pins the frames from 10 s before it, and the incident frames after it stay', async () => {
    await captureFor('m', 20);
    // Alert at t=19.5 s: keep 9.5 s..19.5 s; capture goes on, pinned, until 40 s.
    expect(await pinIncident('m', 'alert-1', 19_500 - CAPTURE.preRollMs)).toBe(21);
    for (let at = 20_000; at < 40_000; at += 500) {
      await appendEvidence('m', 'frame', 'image/jpeg', frame(at / 500), at, {
        hold: 'incident',
        incidentId: 'alert-1',
      });
      await evictRing('m', at);
    }
    const { entries } = await meetingEvidence('m');
    const attached = entries.filter((e) => e.attached);
    expect(attached[0]!.capturedAt).toBe(9_500);
    expect(attached).toHaveLength(21 + 40);
    expect(entries.filter((e) => !e.attached).every((e) => e.capturedAt < 9_500)).toBe(true);
  });

  it('beyond the per-meeting frame cap the oldest unpinned frames go first', async () => {
    for (let n = 0; n < 8; n++) await appendEvidence('m', 'frame', 'image/jpeg', frame(n), 1_000 + n);
    expect(await pinIncident('m', 'a', 0)).toBe(8);
    for (let n = 8; n < 12; n++) await appendEvidence('m', 'frame', 'image/jpeg', frame(n), 1_000 + n);
    // 8 pinned (0..7), 4 ring (8..11); cap 10 drops ring 8 and 9.
    expect(await enforceFrameCap('m', 10)).toBe('frames');
    const attached = (await meetingEvidence('m')).entries.filter((e) => e.attached).map((e) => e.seq);
    expect(attached).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 10, 11]);
    // Then the remaining ring frames, then the oldest pinned.
    expect(await enforceFrameCap('m', 5)).toBe('frames');
    expect((await meetingEvidence('m')).entries.filter((e) => e.attached).map((e) => e.seq)).toEqual([3, 4, 5, 6, 7]);
    expect(await enforceFrameCap('m', 5)).toBeUndefined();
  });

  it('the total byte cap drops the oldest unpinned frames of any meeting first', async () => {
    await appendEvidence('a', 'frame', 'image/jpeg', frame(1, 1_000), 1, { hold: 'incident', incidentId: 'x' });
    await appendEvidence('b', 'frame', 'image/jpeg', frame(2, 1_000), 2);
    await appendEvidence('a', 'frame', 'image/jpeg', frame(3, 1_000), 3);
    await appendEvidence('b', 'frame', 'image/jpeg', frame(4, 1_000), 4);
    // 4,000 bytes held, cap 3,500: the oldest ring frame (b at t=2) goes; a's pinned frame is older but stays.
    expect(await enforceByteCap(3_500)).toEqual(new Set(['b']));
    expect((await meetingEvidence('b')).entries.map((e) => e.attached)).toEqual([false, true]);
    expect((await meetingEvidence('a')).entries.map((e) => e.attached)).toEqual([true, true]);
    // Cap 1,500: both remaining ring frames go before the pinned one.
    expect(await enforceByteCap(1_500)).toEqual(new Set(['a', 'b']));
    expect((await meetingEvidence('a')).entries.map((e) => e.attached)).toEqual([true, false]);
    expect((await meetingEvidence('b')).entries.map((e) => e.attached)).toEqual([false, false]);
    // Cap 500: the pinned one too.
    expect(await enforceByteCap(500)).toEqual(new Set(['a']));
    expect(await enforceByteCap(500)).toEqual(new Set());
  });

  it('identical frames share one blob, which stays while one of them is held', async () => {
    await appendEvidence('m', 'frame', 'image/jpeg', frame(9), 0);
    await appendEvidence('m', 'frame', 'image/jpeg', frame(9), 20_000, { hold: 'incident', incidentId: 'a' });
    await evictRing('m', 20_000);
    const { entries } = await meetingEvidence('m');
    expect(entries.map((e) => e.attached)).toEqual([false, true]);
  });
});
