// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshEvidenceDb } from '../../shared/evidence/evidence-db.testing';
import { verifyChain } from '../../shared/report-wire/chain';
import { imageBytesHeld, imagesWithheldFor, isWithheld, withholdImages } from './child-safety';
import { appendEvidence, meetingEvidence, readEvidenceBytes } from './evidence-store';
import { storageUse } from './retention';

const frame = (n: number) => {
  const bytes = new Uint8Array(20_000);
  bytes.set([0xff, 0xd8, 0xff, 0xe0, n & 0xff, n >> 8]);
  return bytes;
};
const json = new TextEncoder().encode('{"participants":[]}');

beforeEach(freshEvidenceDb);

describe('withholdImages (sexual content involving minors)', () => {
  it('deletes every image of the meeting in under a second, keeps hashes, and the chain verifies', async () => {
    for (let n = 0; n < 200; n++) {
      const hold = n % 3 === 0 ? { hold: 'incident' as const, incidentId: 'a' } : {};
      await appendEvidence('csam', 'frame', 'image/jpeg', frame(n), n * 500, hold);
    }
    await appendEvidence('csam', 'roster', 'application/json', json, 100_000);
    await appendEvidence('other', 'frame', 'image/jpeg', frame(9_999), 1);
    expect(await imageBytesHeld('csam')).toBe(200 * 20_000);

    const started = performance.now();
    const released = await withholdImages('csam', { from: 10_000, to: 20_000 });
    const ms = performance.now() - started;

    expect(ms).toBeLessThan(1_000);
    expect(released).toBe(200 * 20_000);
    expect(await imageBytesHeld('csam')).toBe(0);
    const { entries, chainHead } = await meetingEvidence('csam');
    expect(entries).toHaveLength(201);
    expect(entries.filter((e) => e.mediaType === 'image/jpeg').every((e) => !e.attached)).toBe(true);
    expect(entries.at(-1)?.attached).toBe(true);
    expect(await verifyChain('csam', entries, chainHead)).toBe('verified');
    expect(await readEvidenceBytes(entries[0]!.sha256)).toBeUndefined();
    // Another meeting is untouched, and total use is what is left.
    expect(await imageBytesHeld('other')).toBe(20_000);
    expect((await storageUse()).bytes).toBe(20_000 + json.byteLength);
  });

  it('refuses every later image of the meeting, also after a worker restart; snapshots still go in', async () => {
    await appendEvidence('csam', 'frame', 'image/jpeg', frame(1), 1);
    const late = appendEvidence('csam', 'frame', 'image/jpeg', frame(2), 2);
    await withholdImages('csam');
    await late;
    expect(isWithheld('csam')).toBe(true);
    expect(await appendEvidence('csam', 'frame', 'image/jpeg', frame(3), 3)).toEqual({
      ok: false,
      reason: 'images-withheld',
    });
    expect(await appendEvidence('csam', 'frame', 'image/png', frame(4), 4)).toEqual({
      ok: false,
      reason: 'images-withheld',
    });
    expect((await appendEvidence('csam', 'timeline', 'application/json', json, 5)).ok).toBe(true);
    expect(await imageBytesHeld('csam')).toBe(0);
    expect(await imagesWithheldFor('csam')).toBe(true);
  });

  it('works on a meeting with no evidence yet: nothing is ever captured for it', async () => {
    await withholdImages('fresh');
    expect(await appendEvidence('fresh', 'frame', 'image/jpeg', frame(1), 1)).toEqual({
      ok: false,
      reason: 'images-withheld',
    });
    const { entries, chainHead } = await meetingEvidence('fresh');
    expect(entries).toEqual([]);
    expect(await verifyChain('fresh', entries, chainHead)).toBe('verified');
  });

  it('also deletes an identical image held by another meeting (the bytes are the same material)', async () => {
    await appendEvidence('csam', 'frame', 'image/jpeg', frame(7), 1);
    await appendEvidence('other', 'frame', 'image/jpeg', frame(7), 1, { hold: 'incident', incidentId: 'x' });
    await withholdImages('csam');
    expect(await imageBytesHeld('other')).toBe(0);
    expect((await meetingEvidence('other')).entries[0]?.attached).toBe(false);
  });
});
