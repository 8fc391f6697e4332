// @vitest-environment node
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WireReport } from '../../shared/report-wire/schema';
import { OUTBOX } from './outbox-config';
import type { FaultStep } from './outbox-deps';
import { never, type Handler } from './test-support/fake-receiver';
import { OutboxWorld, type OutboxInstance } from './test-support/outbox-world';
import { makeReport } from './test-support/reports';

/**
 * Reliability target R1 in unit form: a worker killed at each step of enqueue and delivery.
 * "Killed" = the old instance freezes at that point (no further write, request or timer) and a
 * new one starts from IndexedDB and storage alone (modules re-imported). Every report must end
 * delivered exactly once at the receiver, which de-duplicates by key like the real one.
 */
let world: OutboxWorld;
let reports: WireReport[];

beforeEach(async () => {
  world = new OutboxWorld();
  await world.configure();
  reports = [];
  for (let i = 0; i < 3; i++) reports.push(await makeReport(world.evidence, { frames: 1 }));
});

/** Resolves once `promise` settles or the worker died (its promise then never settles). */
async function untilSettledOrDead(worker: OutboxInstance, promise: Promise<unknown>): Promise<void> {
  let settled = false;
  void promise.finally(() => (settled = true));
  for (let i = 0; i < 200 && !settled && !worker.dead; i++) await new Promise((resolve) => setTimeout(resolve, 1));
}

/** Enqueues in the old worker, lets it send, and returns the keys whose enqueue it confirmed. */
async function runUntilKilled(worker: OutboxInstance): Promise<Set<string>> {
  const confirmed = new Set<string>();
  for (const report of reports) {
    const enqueued = worker.outbox.enqueueReport(report, { destinations: ['endpoint'] }).then(() => {
      confirmed.add(report.idempotencyKey);
    });
    await untilSettledOrDead(worker, enqueued);
    if (worker.dead) return confirmed;
  }
  world.runTimers(OUTBOX.batchWindowMs);
  await untilSettledOrDead(worker, worker.outbox.drainOutbox('test'));
  return confirmed;
}

/** The new worker: what the caller never saw confirmed it sends again; then drains until done. */
async function recover(confirmed: Set<string>): Promise<OutboxInstance> {
  world.advance(OUTBOX.sendingLeaseMs + 1);
  const worker = await world.boot();
  for (const report of reports) {
    if (!confirmed.has(report.idempotencyKey))
      await worker.outbox.enqueueReport(report, { destinations: ['endpoint'] });
  }
  for (let i = 0; i < 3; i++) {
    await worker.outbox.drainOutbox('test');
    world.advance(OUTBOX.backoff.capMs);
  }
  return worker;
}

async function expectDeliveredOnce(worker: OutboxInstance): Promise<void> {
  const records = await worker.outbox.outboxRecords();
  expect(records.map((r) => r.key).sort()).toEqual(reports.map((r) => r.idempotencyKey).sort());
  expect(records.map((r) => r.destinations.endpoint?.state)).toEqual(['delivered', 'delivered', 'delivered']);
  expect(reports.map((r) => world.receiver.effects.get(r.idempotencyKey))).toEqual([1, 1, 1]);
}

const STEPS: FaultStep[] = [
  'enqueue:before-commit',
  'enqueue:after-commit',
  'drain:start',
  'drain:before-mark-sending',
  'drain:after-mark-sending',
  'drain:before-ack-commit',
  'drain:after-ack-commit',
  'summary:before-write',
];

describe('a worker killed mid-delivery loses nothing and stores nothing twice', () => {
  it.each(STEPS)('killed at %s', async (step) => {
    const old = await world.boot();
    await old.outbox.drainOutbox('test');
    old.killAt = step;
    const confirmed = await runUntilKilled(old);
    expect(old.dead).toBe(true);
    // The backstop alarm is there for the browser to wake a new worker with.
    expect(await fakeBrowser.alarms.get(OUTBOX.alarmName)).toBeDefined();
    await expectDeliveredOnce(await recover(confirmed));
  });

  it('killed after the receiver stored the batch but before its answer arrived', async () => {
    const old = await world.boot();
    await old.outbox.drainOutbox('test');
    const pass: Handler = (request, serve) => serve(request);
    world.receiver.onNext(pass, pass, pass, async (request, serve) => {
      await serve(request);
      old.kill();
      return never();
    });
    const confirmed = await runUntilKilled(old);
    expect(old.dead).toBe(true);
    expect(world.receiver.effects.size).toBe(3);
    const records = await old.outbox.outboxRecords();
    expect(records.map((r) => r.destinations.endpoint?.state)).toEqual(['sending', 'sending', 'sending']);
    const worker = await recover(confirmed);
    await expectDeliveredOnce(worker);
    // The second POST got `duplicate` answers: same keys, same receiver ids, no new effect.
    expect(world.receiver.posted()).toHaveLength(2);
    expect((await worker.outbox.outboxRecords()).every((r) => r.destinations.endpoint?.receiverId)).toBe(true);
  });

  it('a record left `sending` is not taken over before its 30 s lease runs out', async () => {
    const old = await world.boot();
    await old.outbox.drainOutbox('test');
    old.killAt = 'drain:after-mark-sending';
    await runUntilKilled(old);
    const early = await world.boot();
    await early.outbox.drainOutbox('test');
    expect(world.receiver.posted()).toHaveLength(0);
    world.advance(OUTBOX.sendingLeaseMs);
    await early.outbox.drainOutbox('test');
    expect(world.receiver.posted()).toHaveLength(1);
  });
});

describe('the acknowledgement is one transaction', () => {
  it('an ack write that fails part-way commits none of it; the re-send is answered `duplicate`', async () => {
    const worker = await world.boot();
    await worker.outbox.drainOutbox('test');
    for (const report of reports) await worker.outbox.enqueueReport(report, { destinations: ['endpoint'] });
    const original = IDBObjectStore.prototype.put;
    let puts = 0;
    // Three puts mark the batch `sending`; the fifth is the second report of the ack.
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts === 5) throw new Error('disk error');
      return original.apply(this, args);
    };
    try {
      await worker.outbox.drainOutbox('test');
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    const states = (await worker.outbox.outboxRecords()).map((r) => r.destinations.endpoint?.state);
    expect(states).toEqual(['sending', 'sending', 'sending']);
    world.advance(OUTBOX.sendingLeaseMs);
    await worker.outbox.drainOutbox('test');
    await expectDeliveredOnce(worker);
    expect(world.receiver.posted()).toHaveLength(2);
  });
});
