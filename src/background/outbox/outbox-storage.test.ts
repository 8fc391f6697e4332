// @vitest-environment node
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { asOutboxSummary, OUTBOX_SUMMARY_KEY } from '../../shared/model/outbox';
import { RECEIVER_BASE } from './test-support/fake-receiver';
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

describe('storage', () => {
  it('the summary is bounded to the newest 100 reports, newest first', async () => {
    world.granted = false;
    for (let i = 0; i < 103; i++) {
      world.advance(1);
      await enqueue(await makeReport(world.evidence, { at: world.now }));
    }
    const items = await summary();
    expect(items).toHaveLength(100);
    expect(items[0]!.createdAt).toBeGreaterThan(items[99]!.createdAt);
    expect(await worker.outbox.outboxRecords()).toHaveLength(103);
  });

  it('QuotaExceededError on enqueue: rejected, said in the summary, nothing silently dropped', async () => {
    const report = await makeReport(world.evidence);
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw quota;
    };
    try {
      await expect(enqueue(report)).rejects.toMatchObject({ code: 'storage-full' });
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect((await summary())[0]).toMatchObject({
      key: report.idempotencyKey,
      unsaved: true,
      destinations: [
        { state: 'failed', reasonCode: 'storage-full', reason: expect.stringContaining('QuotaExceededError') },
      ],
    });
    expect(await worker.outbox.deleteReport(report.idempotencyKey)).toBe(true);
    expect(await summary()).toEqual([]);
  });

  it('QuotaExceededError on a status write keeps the record and says so', async () => {
    const report = await makeReport(world.evidence);
    await enqueue(report);
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    try {
      await worker.outbox.drainOutbox('test');
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(await worker.outbox.outboxRecords()).toHaveLength(1);
    expect((await summary())[0]!.destinations[0]).toMatchObject({ reasonCode: 'storage-full' });
    await worker.outbox.drainOutbox('test');
    expect(await endpointState(report.idempotencyKey)).toMatchObject({ state: 'delivered' });
  });

  it('the endpoint URL is the base the paths are appended to', async () => {
    await enqueue(await makeReport(world.evidence));
    const urls: string[] = [];
    const fetch = world.receiver.fetch;
    worker.outbox.configureOutbox({ fetch: (input, init) => (urls.push(String(input)), fetch(input, init)) });
    await worker.outbox.drainOutbox('test');
    expect(urls).toEqual([`${RECEIVER_BASE}/v1/reports`]);
  });
});

describe('the database', () => {
  it('an empty database another context created without a version is started over, not fatal', async () => {
    worker.kill();
    globalThis.indexedDB = new IDBFactory();
    (await openDB('hostguard-outbox')).close();
    worker = await world.boot();
    const report = await makeReport(world.evidence);
    await enqueue(report);
    await worker.outbox.drainOutbox('test');
    expect(await endpointState(report.idempotencyKey)).toMatchObject({ state: 'delivered' });
  });
});
