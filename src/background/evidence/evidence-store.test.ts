// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshEvidenceDb } from '../../shared/evidence/evidence-db.testing';
import { chainHead, verifyChain } from '../../shared/report-wire/chain';
import { sha256Hex } from '../../shared/report-wire/sha256';
import { EvidenceEntrySchema } from '../../shared/report-wire/schema';
import * as v from 'valibot';
import { openEvidenceDb } from '../../shared/evidence/evidence-db';
import { CHAIN_LIMITS, appendEvidence, meetingEvidence, readEvidenceBytes } from './evidence-store';
import { purgeMeeting } from './retention';

const frame = (n: number) => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, n & 0xff, (n >> 8) & 0xff]);

beforeEach(freshEvidenceDb);

describe('the evidence chain', () => {
  it('300 appends form a chain that verifies, each entry hashed at capture', async () => {
    for (let n = 0; n < 300; n++) {
      const result = await appendEvidence('m1', 'frame', 'image/jpeg', frame(n), 1_000 + n);
      expect(result.ok).toBe(true);
    }
    const { entries, chainHead: head } = await meetingEvidence('m1');
    expect(entries).toHaveLength(300);
    expect(entries.map((e) => e.seq)).toEqual([...Array(300).keys()]);
    expect(entries.every((e) => v.is(EvidenceEntrySchema, e))).toBe(true);
    expect(await verifyChain('m1', entries, head)).toBe('verified');
    expect(entries[7]!.sha256).toBe(await sha256Hex(frame(7)));
    // Any change to one entry breaks it.
    const reordered = [entries[1]!, entries[0]!, ...entries.slice(2)].map((e, seq) => ({ ...e, seq }));
    expect(await verifyChain('m1', reordered, head)).toBe('broken');
    expect(await verifyChain('m1', entries.slice(0, -1), head)).toBe('broken');
  });

  it('concurrent appends keep seq order equal to chain order, per meeting', async () => {
    const started = [...Array(60).keys()].map((n) =>
      appendEvidence(n % 2 ? 'odd' : 'even', 'frame', 'image/jpeg', frame(n), 5_000 + n),
    );
    const results = await Promise.all(started);
    expect(results.every((r) => r.ok)).toBe(true);
    const even = results.filter((_, n) => n % 2 === 0).map((r) => (r.ok ? r.item.seq : -1));
    expect(even).toEqual([...Array(30).keys()]);
    for (const meeting of ['odd', 'even']) {
      const { entries, chainHead: head } = await meetingEvidence(meeting);
      expect(entries).toHaveLength(30);
      expect(await verifyChain(meeting, entries, head)).toBe('verified');
      expect(head).toBe(await chainHead(meeting, entries));
    }
  });

  it('stores the exact bytes, read back by hash for the outbox', async () => {
    const json = new TextEncoder().encode('{"a":"\u202eevil"}');
    const result = await appendEvidence('m1', 'roster', 'application/json', json, 10);
    if (!result.ok) throw new Error(result.reason);
    const back = await readEvidenceBytes(result.item.sha256);
    expect(back?.mediaType).toBe('application/json');
    expect([...back!.bytes]).toEqual([...json]);
    expect(await readEvidenceBytes('0'.repeat(64))).toBeUndefined();
  });

  it('refuses an item larger than one upload', async () => {
    const big = new Uint8Array(CHAIN_LIMITS.itemBytes + 1);
    expect(await appendEvidence('m1', 'frame', 'image/jpeg', big, 1)).toEqual({ ok: false, reason: 'too-large' });
    expect((await meetingEvidence('m1')).entries).toEqual([]);
  });
});

describe('the chain length cap', () => {
  it('keeps the last entries of the wire limit for snapshots: frames stop first, snapshots at the limit', async () => {
    const db = await openEvidenceDb();
    const head = 'a'.repeat(64);
    await db.put('chains', {
      meetingId: 'long',
      head,
      nextSeq: CHAIN_LIMITS.frameEntries - 1,
      startedAt: 0,
      lastAt: 0,
    });
    expect((await appendEvidence('long', 'frame', 'image/jpeg', frame(1), 1)).ok).toBe(true);
    expect(await appendEvidence('long', 'frame', 'image/jpeg', frame(2), 2)).toEqual({
      ok: false,
      reason: 'chain-full',
    });
    expect((await appendEvidence('long', 'roster', 'application/json', new Uint8Array([123, 125]), 3)).ok).toBe(true);
    await db.put('chains', { meetingId: 'long', head, nextSeq: CHAIN_LIMITS.entries, startedAt: 0, lastAt: 0 });
    expect(await appendEvidence('long', 'roster', 'application/json', new Uint8Array([123, 125]), 4)).toEqual({
      ok: false,
      reason: 'chain-full',
    });
  });
});

describe('meetingEvidence', () => {
  it('lists every entry, attached only inside the window, and the chain still verifies', async () => {
    for (let n = 0; n < 10; n++) await appendEvidence('m1', 'frame', 'image/jpeg', frame(n), 1_000 * n);
    const { entries, chainHead: head } = await meetingEvidence('m1', { from: 3_000, to: 5_000 });
    expect(entries).toHaveLength(10);
    expect(entries.filter((e) => e.attached).map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(await verifyChain('m1', entries, head)).toBe('verified');
  });

  it('marks purged entries hash-only; the chain still verifies', async () => {
    for (let n = 0; n < 5; n++) await appendEvidence('m1', 'frame', 'image/jpeg', frame(n), n);
    const before = await meetingEvidence('m1');
    await purgeMeeting('m1');
    const after = await meetingEvidence('m1');
    expect(after.entries.map((e) => e.attached)).toEqual([false, false, false, false, false]);
    expect(after.chainHead).toBe(before.chainHead);
    expect(await verifyChain('m1', after.entries, after.chainHead)).toBe('verified');
    expect(await readEvidenceBytes(before.entries[0]!.sha256)).toBeUndefined();
  });

  it('an empty meeting has the chain start as head', async () => {
    const { entries, chainHead: head } = await meetingEvidence('none');
    expect(entries).toEqual([]);
    expect(await verifyChain('none', [], head)).toBe('verified');
  });
});
