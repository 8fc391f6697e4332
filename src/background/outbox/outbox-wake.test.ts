// @vitest-environment node
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { OUTBOX } from './outbox-config';
import { json } from './test-support/fake-receiver';
import { OutboxWorld } from './test-support/outbox-world';
import { makeReport } from './test-support/reports';

let world: OutboxWorld;

beforeEach(async () => {
  world = new OutboxWorld();
  await world.configure();
});

/** Lets listener-started drains run (they are not awaited by the event). */
const settle = async (worker: { outbox: { drainOutbox: (r: 'test') => Promise<unknown> } }) => {
  await new Promise((resolve) => setTimeout(resolve, 10));
  await worker.outbox.drainOutbox('test');
};

describe('the outbox wakes by itself', () => {
  it('the outbox-drain alarm drains, and the next alarm is set at the earliest retry', async () => {
    const worker = await world.boot();
    const report = await makeReport(world.evidence);
    await worker.outbox.enqueueReport(report, { destinations: ['endpoint'] });
    world.receiver.onNext(async () => json(503, {}, { 'retry-after': '300' }));
    await fakeBrowser.alarms.onAlarm.trigger({
      name: OUTBOX.alarmName,
      scheduledTime: world.now,
      persistAcrossSessions: false,
    });
    await settle(worker);
    expect((await fakeBrowser.alarms.get(OUTBOX.alarmName))?.scheduledTime).toBe(world.now + 300_000);
    world.advance(300_000);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: OUTBOX.alarmName,
      scheduledTime: world.now,
      persistAcrossSessions: false,
    });
    await settle(worker);
    expect(world.receiver.effects.get(report.idempotencyKey)).toBe(1);
    expect(await fakeBrowser.alarms.get(OUTBOX.alarmName)).toBeUndefined();
  });

  it('another alarm name does not drain', async () => {
    const worker = await world.boot();
    await worker.outbox.drainOutbox('test');
    await worker.outbox.enqueueReport(await makeReport(world.evidence), { destinations: ['endpoint'] });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'something-else',
      scheduledTime: world.now,
      persistAcrossSessions: false,
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(world.contains).not.toHaveBeenCalled();
  });

  it('every worker start drains and re-creates the alarm, even after the browser lost all alarms', async () => {
    const first = await world.boot();
    const report = await makeReport(world.evidence);
    world.receiver.onNext(async () => json(503, {}, { 'retry-after': '120' }));
    await first.outbox.enqueueReport(report, { destinations: ['endpoint'] });
    await first.outbox.drainOutbox('test');
    first.kill();
    await fakeBrowser.alarms.clearAll();
    const second = await world.boot();
    await second.outbox.drainOutbox('test');
    expect((await fakeBrowser.alarms.get(OUTBOX.alarmName))?.scheduledTime).toBe(world.now + 120_000);
    world.advance(120_000);
    second.kill();
    const third = await world.boot();
    await third.outbox.drainOutbox('test');
    expect(world.receiver.effects.get(report.idempotencyKey)).toBe(1);
  });

  it('runtime.onStartup drains', async () => {
    const worker = await world.boot();
    await worker.outbox.drainOutbox('test');
    const report = await makeReport(world.evidence);
    await worker.outbox.enqueueReport(report, { destinations: ['endpoint'] });
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(world.receiver.effects.get(report.idempotencyKey)).toBe(1);
  });

  it('saving a destination on the options page sends what waited for it', async () => {
    await fakeBrowser.storage.local.remove('destinations');
    const worker = await world.boot();
    const report = await makeReport(world.evidence);
    await worker.outbox.enqueueReport(report, { destinations: ['endpoint'] });
    await worker.outbox.drainOutbox('test');
    await world.configure();
    await settle(worker);
    expect(world.receiver.effects.get(report.idempotencyKey)).toBe(1);
  });
});
