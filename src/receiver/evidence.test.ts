// @vitest-environment node
import { createHash } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { WIRE_LIMITS } from '../shared/report-wire/schema';
import { describeEachStore, TEST_TOKEN, type TestReceiver } from './testing/each-store';
import { putBlob } from './testing/http-client';
import { jpegLike } from './testing/make-report';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describeEachStore('PUT /v1/evidence/<sha256>', (target) => {
  let receiver: TestReceiver;
  beforeAll(async () => {
    receiver = await target.startReceiver();
  });
  const put = (hash: string, body: BodyInit, headers: Record<string, string>) =>
    fetch(`${receiver.url}/v1/evidence/${hash}`, { method: 'PUT', headers, body });

  it('answers 201 for new bytes and 200 when it already holds them, storing them once', async () => {
    const bytes = jpegLike(4_096);
    const blob = { sha256: sha(bytes), mediaType: 'image/jpeg' as const, bytes };
    const before = await receiver.store.stats();
    const first = await putBlob(receiver.url, TEST_TOKEN, blob);
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({
      sha256: blob.sha256,
      size: 4_096,
      mediaType: 'image/jpeg',
      status: 'created',
    });
    const again = await putBlob(receiver.url, TEST_TOKEN, blob);
    expect(again.status).toBe(200);
    expect((await again.json()).status).toBe('existing');
    const after = await receiver.store.stats();
    expect(after.evidence - before.evidence).toBe(1);
    expect(after.evidenceBytes - before.evidenceBytes).toBe(4_096);
    expect((await receiver.store.readEvidence(blob.sha256))?.bytes).toEqual(bytes);
  });

  it('refuses with 422 a body whose SHA-256 is not the one in the path, for any flipped byte', async () => {
    const bytes = jpegLike(1_024);
    const hash = sha(bytes);
    const before = await receiver.store.stats();
    for (const position of [0, 1, 511, 1_022, 1_023]) {
      const flipped = bytes.slice();
      flipped[position]! ^= 0x01;
      const response = await put(hash, flipped, {
        authorization: `Bearer ${TEST_TOKEN}`,
        'content-type': 'image/jpeg',
      });
      expect(response.status).toBe(422);
      expect((await response.json()).error).toContain(`not ${hash}`);
    }
    expect(await receiver.store.stats()).toEqual(before);
  });

  it('accepts a JSON snapshot with a charset parameter', async () => {
    const bytes = new TextEncoder().encode('{"roster":["Ana","Bo"]}');
    const response = await put(sha(bytes), bytes, {
      authorization: `Bearer ${TEST_TOKEN}`,
      'content-type': 'application/json; charset=utf-8',
    });
    expect(response.status).toBe(201);
  });

  it('refuses a wrong or missing token (401), another media type (415) and too many bytes (413)', async () => {
    const bytes = jpegLike(256);
    const hash = sha(bytes);
    const before = await receiver.store.stats();
    expect((await put(hash, bytes, { 'content-type': 'image/jpeg' })).status).toBe(401);
    expect((await put(hash, bytes, { authorization: 'Bearer wrong', 'content-type': 'image/jpeg' })).status).toBe(401);
    const auth = { authorization: `Bearer ${TEST_TOKEN}` };
    for (const type of ['image/svg+xml', 'text/html', 'application/octet-stream']) {
      expect((await put(hash, bytes, { ...auth, 'content-type': type })).status).toBe(415);
    }
    const big = jpegLike(WIRE_LIMITS.evidenceBytes + 1);
    expect((await put(sha(big), big, { ...auth, 'content-type': 'image/jpeg' })).status).toBe(413);
    expect(await receiver.store.stats()).toEqual(before);
  });
});
