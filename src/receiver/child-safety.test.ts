// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { chainHead } from '../shared/report-wire/chain';
import type { WireReport } from '../shared/report-wire/schema';
import { canonicalBody } from './ingest/canonical-json';
import { describeEachStore, TEST_TOKEN, type TestReceiver } from './testing/each-store';
import { deskGet } from './testing/desk-client';
import { postBatch, putBlob, uploadAll } from './testing/http-client';
import { buildReport, jpegLike, type EvidenceBlob } from './testing/make-report';
import { sha256Hex } from '../shared/report-wire/sha256';

async function imageBlob(): Promise<EvidenceBlob> {
  const bytes = jpegLike(3_000);
  return { sha256: await sha256Hex(bytes), mediaType: 'image/jpeg', bytes };
}

/** The report's frame entries turned into hash-only entries for `blob`, chain recomputed. */
async function pointingAt(report: WireReport, blob: EvidenceBlob, attached: boolean, mediaType = blob.mediaType) {
  const entries = report.evidence.entries.map((e) =>
    e.kind === 'frame' ? { ...e, sha256: blob.sha256, size: blob.bytes.byteLength, mediaType, attached } : e,
  );
  return { ...report, evidence: { entries, chainHead: await chainHead(report.meeting.id, entries) } };
}

describeEachStore('sexual content involving minors: no image, ever', (target) => {
  let receiver: TestReceiver;
  beforeAll(async () => {
    receiver = await target.startReceiver();
  });
  const held = async (hash: string) => (await receiver.store.heldEvidence([hash])).has(hash);

  it('rejects a report that attaches an image and stores no image bytes', async () => {
    const built = await buildReport({ category: 'sexual-minors', snapshots: 1, frames: 1 });
    const image = await imageBlob();
    const attaching = await pointingAt(built.report, image, true);
    await uploadAll(receiver.url, TEST_TOKEN, [built]);
    const before = await receiver.store.stats();
    const { body } = await postBatch(receiver.url, TEST_TOKEN, [attaching]);
    expect(body.results[0]).toMatchObject({
      status: 'rejected',
      error: expect.stringMatching(/minors may attach no image/),
    });
    const after = await receiver.store.stats();
    expect(after.reports).toBe(before.reports);
    expect(after.imageBytes).toBe(before.imageBytes);
    expect(await held(image.sha256)).toBe(false);
  });

  it('purges an image uploaded before the host chose the category, whatever the report claims', async () => {
    const before = await receiver.store.stats();
    for (const [attached, claimed] of [
      [true, 'image/jpeg'],
      [true, 'application/json'],
      [false, 'image/jpeg'],
    ] as const) {
      const image = await imageBlob();
      expect((await putBlob(receiver.url, TEST_TOKEN, image)).status).toBe(201);
      const built = await buildReport({ category: 'sexual-minors', snapshots: 1, frames: 1 });
      await uploadAll(receiver.url, TEST_TOKEN, [built]);
      const { body } = await postBatch(receiver.url, TEST_TOKEN, [
        await pointingAt(built.report, image, attached, claimed),
      ]);
      // A hash-only entry is how the extension sends a purged frame: the report is stored, the bytes are not kept.
      expect(body.results[0]?.status).toBe(attached ? 'rejected' : 'stored');
      expect(await held(image.sha256)).toBe(false);
    }
    expect((await receiver.store.stats()).imageBytes).toBe(before.imageBytes);
  });

  it('stores a hash-only report, shows no image for it and says why', async () => {
    const built = await buildReport({ category: 'sexual-minors', snapshots: 2, frames: 2 });
    expect(built.blobs.every((b) => b.mediaType === 'application/json')).toBe(true);
    await uploadAll(receiver.url, TEST_TOKEN, [built]);
    const before = await receiver.store.stats();
    const { body } = await postBatch(receiver.url, TEST_TOKEN, [built.report]);
    expect(body.results[0]?.status).toBe('stored');
    expect((await receiver.store.stats()).imageBytes).toBe(before.imageBytes);
    const page = await (
      await deskGet(receiver.url, `/desk/reports/${(body.results[0] as { id: string }).id}`, TEST_TOKEN)
    ).text();
    expect(page).not.toMatch(/<img/i);
    expect(page).toContain('No images are kept for this category');
    expect(page).toContain('no (hash only)');
  });

  it('answers 403 for a held image that only such reports reference, and serves it when another report needs it', async () => {
    const image = await imageBlob();
    await receiver.store.putEvidence({ ...image, receivedAt: Date.now() });
    // Only reachable if a purge lost a race; built straight in the store to check the desk's own rule.
    const minors = await pointingAt(
      (await buildReport({ category: 'sexual-minors', snapshots: 0, frames: 1 })).report,
      image,
      false,
    );
    const body = await canonicalBody(minors);
    const [outcome] = await receiver.store.insertReports([
      {
        id: randomUUID(),
        report: minors,
        bodyJson: body.json,
        bodySha256: body.sha256,
        receivedAt: Date.now(),
        chainStatus: 'verified',
      },
    ]);
    const evidencePath = `/desk/evidence/${image.sha256}`;
    const refused = await deskGet(receiver.url, evidencePath, TEST_TOKEN);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatch(/never shown/);
    const page = await (await deskGet(receiver.url, `/desk/reports/${outcome!.id}`, TEST_TOKEN)).text();
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toContain(`href="${evidencePath}"`);

    const other = await pointingAt(
      (await buildReport({ category: 'harassment', snapshots: 0, frames: 1 })).report,
      image,
      true,
    );
    const stored = await postBatch(receiver.url, TEST_TOKEN, [other]);
    expect(stored.body.results[0]?.status).toBe('stored');
    const served = await deskGet(receiver.url, evidencePath, TEST_TOKEN);
    expect(served.status).toBe(200);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(image.bytes);
    // The child-abuse report's own page still shows nothing.
    expect(await (await deskGet(receiver.url, `/desk/reports/${outcome!.id}`, TEST_TOKEN)).text()).not.toMatch(/<img/i);
  });
});
