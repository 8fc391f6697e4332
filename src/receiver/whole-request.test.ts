// @vitest-environment node
import { beforeAll, expect, it } from 'vitest';
import { WIRE_LIMITS } from '../shared/report-wire/schema';
import { describeEachStore, TEST_TOKEN, type TestReceiver } from './testing/each-store';
import { postBatch } from './testing/http-client';
import { buildReport } from './testing/make-report';
import { streamBody } from './testing/raw-request';

const json = { 'content-type': 'application/json' };
const bearer = { authorization: `Bearer ${TEST_TOKEN}` };

/** Sends one request and checks the answer is `status` with a readable `{error}` and no row changed. */
async function expectRefused(receiver: TestReceiver, status: number, init: RequestInit & { path?: string }) {
  const before = await receiver.store.stats();
  const response = await fetch(`${receiver.url}${init.path ?? '/v1/reports'}`, { method: 'POST', ...init });
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { error: string };
  expect(body.error).toEqual(expect.any(String));
  expect(body.error.length).toBeGreaterThan(10);
  expect(await receiver.store.stats()).toEqual(before);
  return { response, body };
}

describeEachStore('whole-request errors store nothing', (target) => {
  let receiver: TestReceiver;
  let valid: string;
  beforeAll(async () => {
    receiver = await target.startReceiver();
    valid = JSON.stringify({
      schema: 'hostguard.report/1',
      reports: [(await buildReport({ frames: 0, snapshots: 0 })).report],
    });
  });

  it('answers health without a token, naming the store', async () => {
    const health = await fetch(`${receiver.url}/v1/health`);
    expect(await health.json()).toEqual({ ok: true, store: target.kind });
  });

  it('401 without a token and with a wrong one', async () => {
    const missing = await expectRefused(receiver, 401, { headers: json, body: valid });
    expect(missing.response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(missing.body.error).toMatch(/Missing/);
    const wrong = await expectRefused(receiver, 401, {
      headers: { ...json, authorization: 'Bearer nope' },
      body: valid,
    });
    expect(wrong.body.error).toMatch(/wrong/);
    await expectRefused(receiver, 401, {
      headers: { ...json, authorization: `Basic ${btoa(`x:${TEST_TOKEN}`)}` },
      body: valid,
    });
  });

  it('415 for a body that is not JSON by its Content-Type', async () => {
    await expectRefused(receiver, 415, { headers: { ...bearer, 'content-type': 'text/plain' }, body: valid });
    await expectRefused(receiver, 415, { headers: bearer, body: new Uint8Array([1, 2, 3]) });
  });

  it('400 for bad JSON and for bytes that are not UTF-8', async () => {
    const bad = await expectRefused(receiver, 400, {
      headers: { ...bearer, ...json },
      body: '{"schema": "hostguard.report/1", reports: [',
    });
    expect(bad.body.error).toMatch(/not valid JSON/);
    await expectRefused(receiver, 400, {
      headers: { ...bearer, ...json },
      body: new Uint8Array([0x22, 0xff, 0xfe, 0x22]),
    });
  });

  it('422 for a batch that does not match the wire schema', async () => {
    const headers = { ...bearer, ...json };
    const report = JSON.parse(valid).reports[0];
    const wrongSchema = await expectRefused(receiver, 422, {
      headers,
      body: JSON.stringify({ schema: 'hostguard.report/2', reports: [report] }),
    });
    expect(wrongSchema.body.error).toMatch(/schema/);
    await expectRefused(receiver, 422, {
      headers,
      body: JSON.stringify({ schema: 'hostguard.report/1', reports: [] }),
    });
    const tooMany = Array.from({ length: WIRE_LIMITS.reportsPerBatch + 1 }, () => report);
    await expectRefused(receiver, 422, {
      headers,
      body: JSON.stringify({ schema: 'hostguard.report/1', reports: tooMany }),
    });
    await expectRefused(receiver, 422, {
      headers,
      body: JSON.stringify({ schema: 'hostguard.report/1', reports: [report], extra: 1 }),
    });
  });

  it('rejects a malformed report inside a valid batch without storing it', async () => {
    const before = await receiver.store.stats();
    const malformed = { ...JSON.parse(valid).reports[0], category: 'not-a-category', participants: 'everyone' };
    const { status, body } = await postBatch(receiver.url, TEST_TOKEN, [malformed]);
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ status: 'rejected', error: expect.stringMatching(/category/) });
    expect(await receiver.store.stats()).toEqual(before);
  });

  it('413 for a declared Content-Length over the limit, before reading the body', async () => {
    const before = await receiver.store.stats();
    const response = await streamBody(
      receiver.url,
      '/v1/reports',
      { ...bearer, ...json, 'content-length': String(WIRE_LIMITS.batchBytes + 1) },
      1,
      1024,
    );
    expect(response.status).toBe(413);
    expect(await receiver.store.stats()).toEqual(before);
  });

  it('413 for a chunked body that passes 2 MiB, answered mid-stream, nothing stored', async () => {
    const before = await receiver.store.stats();
    // 4 MiB offered in 64 KiB chunks; the answer comes once the limit is passed.
    const response = await streamBody(receiver.url, '/v1/reports', { ...bearer, ...json }, 64, 64 * 1024);
    expect(response.status).toBe(413);
    expect(response.headers.connection).toBe('close');
    expect(JSON.parse(response.body).error).toMatch(/larger than 2097152 bytes/);
    expect(response.sent).toBeLessThan(64 * 64 * 1024);
    expect(await receiver.store.stats()).toEqual(before);
    // The receiver still serves the next client.
    expect((await fetch(`${receiver.url}/v1/health`)).status).toBe(200);
  });

  it('404 for an unknown route and 405 for a known route with the wrong method', async () => {
    await expectRefused(receiver, 404, { path: '/v1/report', headers: { ...bearer, ...json }, body: valid });
    await expectRefused(receiver, 404, { path: '/v1/evidence/NOT-A-HASH', method: 'PUT', headers: bearer, body: 'x' });
    const wrongMethod = await expectRefused(receiver, 405, {
      method: 'PUT',
      headers: { ...bearer, ...json },
      body: valid,
    });
    expect(wrongMethod.response.headers.get('allow')).toBe('POST');
    const get = await fetch(`${receiver.url}/v1/reports`, { headers: bearer });
    expect(get.status).toBe(405);
  });
});
