// @vitest-environment node
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { asOutboxSummary, OUTBOX_SUMMARY_KEY } from '../../shared/model/outbox';
import { OUTBOX } from './outbox-config';
import { hang, json } from './test-support/fake-receiver';
import { OutboxWorld, type OutboxInstance } from './test-support/outbox-world';
import { makeReport } from './test-support/reports';

let world: OutboxWorld;
let worker: OutboxInstance;

beforeEach(async () => {
  world = new OutboxWorld();
  await world.configure();
  worker = await world.boot();
  await worker.outbox.drainOutbox('test');
});

const summary = async () =>
  asOutboxSummary((await fakeBrowser.storage.local.get(OUTBOX_SUMMARY_KEY))[OUTBOX_SUMMARY_KEY]);
const endpointState = async (key: string) =>
  (await worker.outbox.outboxRecords()).find((record) => record.key === key)?.destinations.endpoint;
const enqueue = (report: Awaited<ReturnType<typeof makeReport>>) =>
  worker.outbox.enqueueReport(report, { destinations: ['endpoint'] });

describe('the outbox delivers reports to the receiver', () => {
  it('enqueue → batch window → evidence PUT → POST → delivered, with the receiver id in the summary', async () => {
    const report = await makeReport(world.evidence, { frames: 2 });
    await enqueue(report);
    expect((await summary())[0]).toMatchObject({ key: report.idempotencyKey, destinations: [{ state: 'queued' }] });
    expect(world.timers.map((t) => t.ms)).toContain(OUTBOX.batchWindowMs);
    world.runTimers(OUTBOX.batchWindowMs);
    await worker.outbox.drainOutbox('test');
    expect(world.receiver.log.map((entry) => entry.method)).toEqual(['PUT', 'PUT', 'POST']);
    expect(world.receiver.effects.get(report.idempotencyKey)).toBe(1);
    expect(await endpointState(report.idempotencyKey)).toMatchObject({
      state: 'delivered',
      attempts: 1,
      receiverId: 'r1',
    });
    expect((await summary())[0]!.destinations[0]).toMatchObject({ state: 'delivered', receiverId: 'r1' });
    expect(await fakeBrowser.alarms.get(OUTBOX.alarmName)).toBeUndefined();
  });

  it('ten reports enqueued together go in one POST, the eleventh in the next', async () => {
    const reports = await Promise.all(Array.from({ length: 11 }, () => makeReport(world.evidence)));
    for (const report of reports) await enqueue(report);
    await worker.outbox.drainOutbox('test');
    expect(world.receiver.posted().map((keys) => keys.length)).toEqual([10, 1]);
    expect(world.receiver.effects.size).toBe(11);
  });

  it('a partial success (7 of 10 answered) retries exactly the other 3 and never re-sends the 7', async () => {
    const reports = await Promise.all(Array.from({ length: 10 }, () => makeReport(world.evidence)));
    for (const report of reports) await enqueue(report);
    world.receiver.onNext(async (request, serve) => {
      const body = JSON.parse(String(request.body)) as { reports: unknown[] };
      return serve({ ...request, body: JSON.stringify({ ...body, reports: body.reports.slice(0, 7) }) });
    });
    await worker.outbox.drainOutbox('test');
    const states = await Promise.all(reports.map((r) => endpointState(r.idempotencyKey)));
    expect(states.filter((s) => s?.state === 'delivered')).toHaveLength(7);
    expect(states.filter((s) => s?.state === 'queued' && s.reasonCode === 'no-answer')).toHaveLength(3);
    world.advance(OUTBOX.backoff.baseMs);
    await worker.outbox.drainOutbox('test');
    const [first, second] = world.receiver.posted();
    expect(first).toHaveLength(10);
    expect(second).toEqual(first!.slice(7));
    expect([...world.receiver.effects.values()]).toEqual(Array(10).fill(1));
  });

  it('missing-evidence: the client uploads what the receiver lacks, posts again, and is delivered', async () => {
    const report = await makeReport(world.evidence, { frames: 1 });
    await enqueue(report);
    // The receiver lost the blob between the PUT and the POST (pruned, restored from backup…).
    world.receiver.onNext(
      (request, serve) => serve(request),
      (request, serve) => {
        world.receiver.evidence.clear();
        return serve(request);
      },
    );
    await worker.outbox.drainOutbox('test');
    expect(world.receiver.log.map((e) => `${e.method} ${e.path.slice(0, 12)}`)).toEqual([
      'PUT /v1/evidence',
      'POST /v1/reports',
      'PUT /v1/evidence',
      'POST /v1/reports',
    ]);
    expect(await endpointState(report.idempotencyKey)).toMatchObject({ state: 'delivered' });
  });

  it('503 then ok: queued with a full-jitter delay inside [0, 2 s), then delivered', async () => {
    const report = await makeReport(world.evidence);
    await enqueue(report);
    world.randomValue = 0.75;
    world.receiver.onNext(async () => json(503, { error: 'maintenance' }));
    await worker.outbox.drainOutbox('test');
    const queued = await endpointState(report.idempotencyKey);
    expect(queued).toMatchObject({ state: 'queued', failures: 1, reasonCode: 'unreachable' });
    expect(queued!.nextAttemptAt! - world.now).toBe(1_500);
    expect(queued!.reason).toBe('receiver unreachable (HTTP 503); next try in 2 s');
    // A retry sooner than the alarm's 30 s minimum gets a timer too; the alarm is the backstop.
    expect(world.timers.some((t) => t.ms === 1_500)).toBe(true);
    expect((await fakeBrowser.alarms.get(OUTBOX.alarmName))?.scheduledTime).toBe(world.now + OUTBOX.alarmMinDelayMs);
    world.advance(1_500);
    world.runTimers();
    await worker.outbox.drainOutbox('test');
    expect(await endpointState(report.idempotencyKey)).toMatchObject({ state: 'delivered', attempts: 2, failures: 0 });
  });

  it('429 with Retry-After (seconds or HTTP date) sets the next attempt exactly there', async () => {
    const [a, b] = [await makeReport(world.evidence), await makeReport(world.evidence)];
    await enqueue(a);
    world.receiver.onNext(async () => json(429, {}, { 'retry-after': '120' }));
    await worker.outbox.drainOutbox('test');
    expect((await endpointState(a.idempotencyKey))!.nextAttemptAt).toBe(world.now + 120_000);
    expect((await endpointState(a.idempotencyKey))!.reason).toBe('receiver busy (HTTP 429); next try in 2 min');
    expect((await fakeBrowser.alarms.get(OUTBOX.alarmName))?.scheduledTime).toBe(world.now + 120_000);
    await enqueue(b);
    const date = new Date(world.now + 90_000).toUTCString();
    world.receiver.onNext(async () => json(503, {}, { 'retry-after': date }));
    await worker.outbox.drainOutbox('test');
    expect((await endpointState(b.idempotencyKey))!.nextAttemptAt).toBe(world.now + 90_000);
  });

  it('a request that never answers is aborted and retried later with the same idempotency key', async () => {
    worker.kill();
    worker = await world.boot({ requestTimeoutMs: 30 });
    const report = await makeReport(world.evidence);
    await enqueue(report);
    world.receiver.onNext(async (request) => hang(request));
    await worker.outbox.drainOutbox('test');
    expect(await endpointState(report.idempotencyKey)).toMatchObject({
      state: 'queued',
      reason: expect.stringContaining('no answer within'),
    });
    world.advance(OUTBOX.backoff.capMs);
    await worker.outbox.drainOutbox('test');
    expect(world.receiver.posted()).toEqual([[report.idempotencyKey], [report.idempotencyKey]]);
    expect(await endpointState(report.idempotencyKey)).toMatchObject({ state: 'delivered' });
  });

  it('401 fails with "the receiver refused the token"; 422 fails with the receiver\'s words; neither is retried', async () => {
    const [a, b] = [await makeReport(world.evidence), await makeReport(world.evidence)];
    await enqueue(a);
    world.receiver.onNext(async () => json(401, { error: 'no' }));
    await worker.outbox.drainOutbox('test');
    expect((await endpointState(a.idempotencyKey))!.reason).toMatch(/^the receiver refused the token \(HTTP 401\)/);
    await enqueue(b);
    world.receiver.onNext(async () => json(422, { error: 'reports.0.note: too long\n<script>' }));
    await worker.outbox.drainOutbox('test');
    expect(await endpointState(b.idempotencyKey)).toMatchObject({
      state: 'failed',
      reason: 'the receiver refused the request (HTTP 422): reports.0.note: too long <script>',
    });
    world.advance(OUTBOX.backoff.capMs * 10);
    await worker.outbox.drainOutbox('test');
    expect(world.receiver.posted()).toHaveLength(2);
    expect(await fakeBrowser.alarms.get(OUTBOX.alarmName)).toBeUndefined();
  });

  it('a rejected item fails with its reason; the panel retry sends it again with the same key', async () => {
    const report = await makeReport(world.evidence);
    await enqueue(report);
    world.receiver.onNext(async () =>
      json(200, {
        schema: 'hostguard.report/1',
        results: [{ idempotencyKey: report.idempotencyKey, status: 'rejected', error: 'chain broken' }],
      }),
    );
    await worker.outbox.drainOutbox('test');
    expect((await summary())[0]!.destinations[0]).toMatchObject({
      state: 'failed',
      reason: 'the receiver rejected the report: chain broken',
    });
    expect(await worker.outbox.retryReport(report.idempotencyKey)).toBe(true);
    await worker.outbox.drainOutbox('test');
    expect(await endpointState(report.idempotencyKey)).toMatchObject({ state: 'delivered', attempts: 2 });
    expect(world.receiver.posted()).toEqual([[report.idempotencyKey], [report.idempotencyKey]]);
  });

  it('delete removes the report from the outbox and the summary', async () => {
    const report = await makeReport(world.evidence);
    world.granted = false;
    await enqueue(report);
    await worker.outbox.drainOutbox('test');
    expect(await worker.outbox.deleteReport(report.idempotencyKey)).toBe(true);
    expect(await worker.outbox.outboxRecords()).toEqual([]);
    expect(await summary()).toEqual([]);
    expect(await worker.outbox.deleteReport(report.idempotencyKey)).toBe(false);
  });

  it('enqueuing the same key twice stores one record; an invalid report is refused before storage', async () => {
    const report = await makeReport(world.evidence);
    await enqueue(report);
    await enqueue(report);
    expect(await worker.outbox.outboxRecords()).toHaveLength(1);
    const broken = { ...report, idempotencyKey: 'not-a-uuid' };
    await expect(enqueue(broken)).rejects.toMatchObject({ code: 'invalid-report' });
  });
});

describe('what the host must do is said in the reason', () => {
  it('no endpoint set: stays queued, says which option to set, and goes once it is set', async () => {
    await fakeBrowser.storage.local.remove('destinations');
    const report = await makeReport(world.evidence);
    await enqueue(report);
    await worker.outbox.drainOutbox('test');
    expect((await summary())[0]!.destinations[0]).toMatchObject({
      state: 'queued',
      reasonCode: 'no-destination',
      reason: 'no report endpoint is set — open Hostguard options → Report destinations',
    });
    expect(world.receiver.log).toEqual([]);
    expect(await fakeBrowser.alarms.get(OUTBOX.alarmName)).toBeUndefined();
    await world.configure();
    await worker.outbox.drainOutbox('test');
    expect(await endpointState(report.idempotencyKey)).toMatchObject({ state: 'delivered' });
  });

  it('permission not granted: fails before any request, naming the origin; granting it sends the report', async () => {
    world.granted = false;
    const report = await makeReport(world.evidence);
    await enqueue(report);
    await worker.outbox.drainOutbox('test');
    expect(world.contains).toHaveBeenCalledWith({ origins: ['https://receiver.example.org/*'] });
    expect(world.receiver.log).toEqual([]);
    expect(await endpointState(report.idempotencyKey)).toMatchObject({
      state: 'failed',
      reason: 'permission for https://receiver.example.org not granted — open Hostguard options',
    });
    world.granted = true;
    world.permissionAdded.trigger({ origins: ['https://receiver.example.org/*'] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await worker.outbox.drainOutbox('test');
    expect(await endpointState(report.idempotencyKey)).toMatchObject({ state: 'delivered' });
  });

  it('a plain-http endpoint off this machine is never contacted', async () => {
    await world.configure({ endpoint: { url: 'http://receiver.example.org', token: 't' } });
    const report = await makeReport(world.evidence);
    await enqueue(report);
    await worker.outbox.drainOutbox('test');
    expect(world.receiver.log).toEqual([]);
    expect((await endpointState(report.idempotencyKey))!.reason).toMatch(/must start with https/);
  });

  it('evidence that cannot be read here and that the receiver lacks fails with that reason', async () => {
    const report = await makeReport(world.evidence, { frames: 1 });
    world.evidence.blobs.clear();
    await enqueue(report);
    await worker.outbox.drainOutbox('test');
    expect(await endpointState(report.idempotencyKey)).toMatchObject({ state: 'failed', reasonCode: 'evidence-gone' });
    expect(world.receiver.posted()).toHaveLength(1);
  });
});
