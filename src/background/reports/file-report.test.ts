// @vitest-environment node
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshEvidenceDb } from '../../shared/evidence/evidence-db.testing';
import { verifyChain } from '../../shared/report-wire/chain';
import { isImageType } from '../../shared/report-wire/schema';
import { imageBytesHeld } from '../evidence/child-safety';
import { appendEvidence } from '../evidence/evidence-store';
import { outboxRecords } from '../outbox/start-outbox';
import { memorySession } from '../test-support/session';
import { participant } from '../test-support/participant';
import { fileSessionReport } from './file-report';

const jpeg = (n: number) => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, n, ...new Array(2_000).fill(7)]);
const session = memorySession({
  id: 'meeting-7',
  participants: { r1: participant('r1', { name: 'Raid Er', joinedAt: 1_000 }) },
});
const draft = (category: 'sexual' | 'sexual-minors') => ({
  category,
  participantIds: ['r1'],
  window: { from: 0, to: Date.now() },
  note: 'shared explicit images',
  platformReport: false,
});

const recordOf = async (reply: { ok: boolean; key?: string }) =>
  (await outboxRecords()).find((record) => reply.ok && record.key === reply.key);

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '0.1.0' });
  await freshEvidenceDb();
  for (let n = 0; n < 5; n++) await appendEvidence('meeting-7', 'frame', 'image/jpeg', jpeg(n), Date.now() - 5_000 + n);
});

describe('fileSessionReport', () => {
  it('queues the report with the meeting’s whole chain, its frames attached, before it resolves', async () => {
    const reply = await fileSessionReport(session, draft('sexual'));
    expect(reply.ok).toBe(true);
    const record = await recordOf(reply);
    const { entries, chainHead } = record!.report.evidence;
    expect(entries.filter((e) => e.kind === 'frame' && e.attached)).toHaveLength(5);
    expect(entries.some((e) => e.kind === 'roster' && e.attached)).toBe(true);
    expect(await verifyChain('meeting-7', entries, chainHead)).toBe('verified');
  });

  it('sexual content involving minors: frames deleted first, the report carries hashes only', async () => {
    expect(await imageBytesHeld('meeting-7')).toBeGreaterThan(0);
    const reply = await fileSessionReport(session, draft('sexual-minors'));
    expect(reply.ok).toBe(true);
    expect(await imageBytesHeld('meeting-7')).toBe(0);
    const record = await recordOf(reply);
    const images = record!.report.evidence.entries.filter((e) => isImageType(e.mediaType));
    expect(images).toHaveLength(5);
    expect(images.every((e) => !e.attached)).toBe(true);
    expect(await verifyChain('meeting-7', record!.report.evidence.entries, record!.report.evidence.chainHead)).toBe(
      'verified',
    );
  });
});
