// @vitest-environment node
import { expect, it } from 'vitest';
import { chainHead } from '../shared/report-wire/chain';
import { describeEachStore, TEST_TOKEN } from './testing/each-store';
import { postBatch, uploadAll } from './testing/http-client';
import { buildReport } from './testing/make-report';

/** A copy of `value` with every object's keys in reverse order: the same report, other bytes. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

describeEachStore('POST /v1/reports, item by item', (target) => {
  it('stores a new report once and answers five replays with the same id', async () => {
    const { url, store } = await target.startReceiver();
    const built = await buildReport();
    await uploadAll(url, TEST_TOKEN, [built]);
    const before = await store.stats();
    const first = await postBatch(url, TEST_TOKEN, [built.report]);
    expect(first.status).toBe(200);
    expect(first.body.schema).toBe('hostguard.report/1');
    const key = built.report.idempotencyKey;
    expect(first.body.results).toEqual([
      { idempotencyKey: key, status: 'stored', id: expect.any(String), chain: 'verified' },
    ]);
    const { id } = first.body.results[0] as { id: string };
    for (let replay = 0; replay < 5; replay++) {
      const again = await postBatch(url, TEST_TOKEN, [replay % 2 ? reverseKeys(built.report) : built.report]);
      expect(again.body.results).toEqual([{ idempotencyKey: key, status: 'duplicate', id, chain: 'verified' }]);
    }
    const after = await store.stats();
    expect(after.reports - before.reports).toBe(1);
    expect(after.reportEvidence - before.reportEvidence).toBe(4);
  });

  it('answers conflict when a key comes back with a different body, and keeps the first', async () => {
    const { url, store } = await target.startReceiver();
    const built = await buildReport();
    await uploadAll(url, TEST_TOKEN, [built]);
    const first = await postBatch(url, TEST_TOKEN, [built.report]);
    const changed = { ...built.report, note: 'A different note under the same key' };
    const second = await postBatch(url, TEST_TOKEN, [changed]);
    expect(second.body.results).toEqual([
      { idempotencyKey: built.report.idempotencyKey, status: 'conflict', error: expect.stringMatching(/already used/) },
    ]);
    const stored = await store.getReport((first.body.results[0] as { id: string }).id);
    expect(stored?.report.note).toBe(built.report.note);
  });

  it('lists the attached evidence it lacks, then stores the report once it is uploaded', async () => {
    const { url, store } = await target.startReceiver();
    const built = await buildReport({ snapshots: 2, frames: 2 });
    await uploadAll(url, TEST_TOKEN, [{ ...built, blobs: built.blobs.slice(0, 1) }]);
    const before = await store.stats();
    const first = await postBatch(url, TEST_TOKEN, [built.report]);
    const result = first.body.results[0] as { status: string; missing: string[] };
    expect(result.status).toBe('missing-evidence');
    expect(result.missing.sort()).toEqual(
      built.blobs
        .slice(1)
        .map((b) => b.sha256)
        .sort(),
    );
    expect((await store.stats()).reports).toBe(before.reports);
    await uploadAll(url, TEST_TOKEN, [built]);
    const second = await postBatch(url, TEST_TOKEN, [built.report]);
    expect(second.body.results[0]?.status).toBe('stored');
  });

  it('rejects an entry whose type or size disagrees with the bytes the server holds', async () => {
    const { url } = await target.startReceiver();
    const built = await buildReport({ snapshots: 1, frames: 1 });
    await uploadAll(url, TEST_TOKEN, [built]);
    const entries = built.report.evidence.entries.map((e) => (e.seq === 0 ? { ...e, size: e.size + 1 } : e));
    const relinked = {
      ...built.report,
      evidence: { entries, chainHead: await chainHead(built.report.meeting.id, entries) },
    };
    const { body } = await postBatch(url, TEST_TOKEN, [relinked]);
    expect(body.results[0]).toMatchObject({
      status: 'rejected',
      error: expect.stringMatching(/entries\.0 says .* server holds it as/),
    });
  });

  it('answers every item of a mixed batch in order and stores only the good ones', async () => {
    const { url, store } = await target.startReceiver();
    const [good, other, broken] = await Promise.all([buildReport(), buildReport(), buildReport()]);
    await uploadAll(url, TEST_TOKEN, [good!, other!, broken!]);
    const entries = broken!.report.evidence.entries;
    const brokenChain = { ...broken!.report, evidence: { ...broken!.report.evidence, entries: entries.slice(1) } };
    const reuse = { ...good!.report, note: 'same key, other body' };
    const before = await store.stats();
    const { status, body } = await postBatch(url, TEST_TOKEN, [
      good!.report,
      { category: 'hate', note: 'no key, no meeting' },
      brokenChain,
      other!.report,
      reuse,
    ]);
    expect(status).toBe(200);
    expect(body.results.map((r) => r.status)).toEqual(['stored', 'rejected', 'rejected', 'stored', 'conflict']);
    expect(body.results.map((r) => r.idempotencyKey)).toEqual([
      good!.report.idempotencyKey,
      '',
      broken!.report.idempotencyKey,
      other!.report.idempotencyKey,
      good!.report.idempotencyKey,
    ]);
    expect((body.results[1] as { error: string }).error).toMatch(/not a valid report: .*idempotencyKey/);
    expect((body.results[2] as { error: string }).error).toMatch(/chain does not verify/);
    expect((await store.stats()).reports - before.reports).toBe(2);
  });

  it('records the server receipt time on each report, whatever the client clock says', async () => {
    const { url, store } = await target.startReceiver();
    const built = await buildReport({ snapshots: 0, frames: 0 });
    const t0 = Date.now();
    const { body } = await postBatch(url, TEST_TOKEN, [built.report]);
    const t1 = Date.now();
    const stored = await store.getReport((body.results[0] as { id: string }).id);
    expect(stored!.receivedAt).toBeGreaterThanOrEqual(t0);
    expect(stored!.receivedAt).toBeLessThanOrEqual(t1);
    expect(stored!.report.createdAt).toBe(built.report.createdAt);
  });

  it('stores exactly once when the client is killed right after the commit and retries', async () => {
    const controller = new AbortController();
    let calls = 0;
    const { url, store } = await target.startReceiver({
      onStored: async () => {
        if (calls++ === 0) controller.abort();
      },
    });
    const built = await buildReport({ snapshots: 1, frames: 0 });
    await uploadAll(url, TEST_TOKEN, [built]);
    await expect(postBatch(url, TEST_TOKEN, [built.report], { signal: controller.signal })).rejects.toThrow();
    const [stored] = await store.listReports({ meetingId: built.report.meeting.id, limit: 10 });
    const retry = await postBatch(url, TEST_TOKEN, [built.report]);
    expect(retry.body.results[0]).toMatchObject({ status: 'duplicate', id: stored!.id });
    expect(await store.listReports({ meetingId: built.report.meeting.id, limit: 10 })).toHaveLength(1);
  });

  it('answers a retry while the first response is still held after its commit', async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const { url } = await target.startReceiver({ onStored: () => (calls++ === 0 ? held : undefined) });
    const built = await buildReport({ snapshots: 0, frames: 0 });
    // The outbox gives up at 25 s; here the client gives up at 300 ms while the server holds.
    const abandoned = postBatch(url, TEST_TOKEN, [built.report], { signal: AbortSignal.timeout(300) });
    await expect(abandoned).rejects.toThrow();
    const retry = await postBatch(url, TEST_TOKEN, [built.report]);
    expect(retry.body.results[0]?.status).toBe('duplicate');
    release();
  });
});
