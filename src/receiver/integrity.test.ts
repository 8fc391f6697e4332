// @vitest-environment node
import { createHash } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { verifyChain } from '../shared/report-wire/chain';
import type { WireReport } from '../shared/report-wire/schema';
import { describeEachStore, TEST_TOKEN, type TestReceiver } from './testing/each-store';
import { postBatch, uploadAll } from './testing/http-client';
import { buildReport } from './testing/make-report';

const REPORTS = 210;
const BATCH = 25;

describeEachStore('evidence integrity', (target) => {
  let receiver: TestReceiver;
  beforeAll(async () => {
    receiver = await target.startReceiver();
  });

  it(`stores ${REPORTS} reports with evidence and re-verifies 100% of hashes and chains from the store`, async () => {
    const built = await Promise.all(Array.from({ length: REPORTS }, () => buildReport({ snapshots: 2, frames: 2 })));
    await uploadAll(receiver.url, TEST_TOKEN, built);
    const ids: string[] = [];
    for (let i = 0; i < built.length; i += BATCH) {
      const { body } = await postBatch(
        receiver.url,
        TEST_TOKEN,
        built.slice(i, i + BATCH).map((b) => b.report),
      );
      for (const result of body.results) {
        expect(result).toMatchObject({ status: 'stored', chain: 'verified' });
        ids.push((result as { id: string }).id);
      }
    }
    let chains = 0;
    let hashes = 0;
    let entries = 0;
    const rows = await receiver.store.evidenceRows(ids);
    for (const id of ids) {
      const stored = (await receiver.store.getReport(id))!;
      const { meeting, evidence } = stored.report;
      if ((await verifyChain(meeting.id, evidence.entries, evidence.chainHead)) === 'verified') chains++;
      for (const row of rows.get(id) ?? []) {
        entries++;
        const item = await receiver.store.readEvidence(row.sha256);
        if (item && createHash('sha256').update(item.bytes).digest('hex') === row.sha256) hashes++;
      }
    }
    expect(chains).toBe(REPORTS);
    expect(entries).toBe(REPORTS * 4);
    expect(hashes).toBe(entries);
  }, 120_000);

  type Tamper = (report: WireReport) => WireReport;
  const withEntries = (report: WireReport, entries: WireReport['evidence']['entries']): WireReport => ({
    ...report,
    evidence: { ...report.evidence, entries },
  });
  const renumber = (entries: WireReport['evidence']['entries']) => entries.map((e, seq) => ({ ...e, seq }));
  const flipHex = (hash: string) => (hash[0] === '0' ? '1' : '0') + hash.slice(1);
  const TAMPERS: Record<string, Tamper> = {
    'a flipped hash character': (r) =>
      withEntries(
        r,
        r.evidence.entries.map((e, i) => (i === 1 ? { ...e, sha256: flipHex(e.sha256) } : e)),
      ),
    'a changed size': (r) =>
      withEntries(
        r,
        r.evidence.entries.map((e, i) => (i === 2 ? { ...e, size: e.size + 1 } : e)),
      ),
    'a changed capture time': (r) =>
      withEntries(
        r,
        r.evidence.entries.map((e, i) => (i === 0 ? { ...e, capturedAt: e.capturedAt + 1 } : e)),
      ),
    'two entries swapped, renumbered': (r) => {
      const [a, b, ...rest] = r.evidence.entries;
      return withEntries(r, renumber([b!, a!, ...rest]));
    },
    'two entries swapped, numbers kept': (r) => {
      const [a, b, ...rest] = r.evidence.entries;
      return withEntries(r, [b!, a!, ...rest]);
    },
    'an entry deleted, renumbered': (r) => withEntries(r, renumber(r.evidence.entries.filter((_, i) => i !== 1))),
    'the last entry deleted': (r) => withEntries(r, r.evidence.entries.slice(0, -1)),
    'an entry inserted': (r) => withEntries(r, renumber([r.evidence.entries[0]!, ...r.evidence.entries])),
    'another meeting id': (r) => ({ ...r, meeting: { ...r.meeting, id: `${r.meeting.id}x` } }),
    'a forged chain head': (r) => ({ ...r, evidence: { ...r.evidence, chainHead: flipHex(r.evidence.chainHead) } }),
  };

  it.each(Object.keys(TAMPERS))('rejects a report with %s and stores nothing', async (name) => {
    const built = await buildReport({ snapshots: 2, frames: 2 });
    await uploadAll(receiver.url, TEST_TOKEN, [built]);
    const before = await receiver.store.stats();
    const { body } = await postBatch(receiver.url, TEST_TOKEN, [TAMPERS[name]!(built.report)]);
    expect(body.results[0]).toMatchObject({
      status: 'rejected',
      error: expect.stringMatching(/chain does not verify/),
    });
    expect(await receiver.store.stats()).toEqual(before);
    // The untouched report still goes through.
    expect((await postBatch(receiver.url, TEST_TOKEN, [built.report])).body.results[0]?.status).toBe('stored');
  });
});
