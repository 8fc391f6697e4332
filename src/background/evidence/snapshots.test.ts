// @vitest-environment node
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/evidence/canonical-json';
import { freshEvidenceDb } from '../../shared/evidence/evidence-db.testing';
import type { Participant } from '../../shared/model/participant';
import { memorySession } from '../test-support/session';
import { meetingEvidence, readEvidenceBytes } from './evidence-store';
import { CHAIN_LIMITS } from './evidence-store';
import { __forgetSnapshotsForTests, snapshotMeeting } from './snapshots';

const HOSTILE = '<img src=x onerror=alert(1)>\u202e\u200b"}{\\';
const person = (id: string, name: string, present = true): Participant => ({
  id,
  name,
  role: 'participant',
  self: false,
  sharing: false,
  joinedAt: 1,
  present,
  previousNames: [],
});

beforeEach(async () => {
  fakeBrowser.reset();
  __forgetSnapshotsForTests();
  await freshEvidenceDb();
});

async function json(sha256: string) {
  const stored = await readEvidenceBytes(sha256);
  return { text: new TextDecoder().decode(stored!.bytes), mediaType: stored!.mediaType };
}

describe('snapshotMeeting', () => {
  it('stores roster, chat and timeline as canonical JSON with names byte-exact', async () => {
    const session = memorySession({
      participants: { x: person('x', HOSTILE) },
      recentChat: [{ at: 5, from: 'x' }],
      alerts: [{ id: 'a', at: 6, kind: 'hostile-name', severity: 'warning', participantId: 'x', name: HOSTILE }],
    });
    const results = await snapshotMeeting(session, 'alert', 1_000);
    expect(results.map((r) => r.ok && r.item.kind)).toEqual(['roster', 'chat', 'timeline']);
    const { entries } = await meetingEvidence(session.id);
    const roster = await json(entries[0]!.sha256);
    expect(roster.mediaType).toBe('application/json');
    const parsed = JSON.parse(roster.text);
    expect(parsed.participants[0].name).toBe(HOSTILE);
    expect(parsed).toMatchObject({
      schema: 'hostguard.snapshot/1',
      kind: 'roster',
      reason: 'alert',
      meetingId: session.id,
    });
    expect(roster.text).toBe(canonicalJson(parsed));
    const timeline = JSON.parse((await json(entries[2]!.sha256)).text);
    expect(timeline.alerts[0].name).toBe(HOSTILE);
    expect(JSON.parse((await json(entries[1]!.sha256)).text).messages).toEqual([{ at: 5, from: 'x' }]);
  });

  it('does not store an unchanged snapshot again', async () => {
    const session = memorySession({ participants: { x: person('x', 'A') } });
    await snapshotMeeting(session, 'alert', 1);
    await snapshotMeeting(session, 'report', 2);
    const renamed = { ...session, participants: { x: person('x', 'B') } };
    await snapshotMeeting(renamed, 'report', 3);
    const kinds = (await meetingEvidence(session.id)).entries.map((e) => e.kind);
    expect(kinds).toEqual(['roster', 'chat', 'timeline', 'roster']);
  });

  it('nor after the worker restarted: the last hashes outlive its memory', async () => {
    const session = memorySession({ participants: { x: person('x', 'A') } });
    await snapshotMeeting(session, 'alert', 1);
    __forgetSnapshotsForTests(); // what a worker restart loses; storage.session stays
    await snapshotMeeting(session, 'report', 2);
    expect((await meetingEvidence(session.id)).entries.map((e) => e.kind)).toEqual(['roster', 'chat', 'timeline']);
  });

  it('a raid roster too big for one item keeps the people present and says how many it left out', async () => {
    const long = 'x'.repeat(16_000);
    const participants: Record<string, Participant> = {};
    for (let n = 0; n < 300; n++) participants[`p${n}`] = person(`p${n}`, long + n, n >= 200);
    const session = memorySession({ participants });
    await snapshotMeeting(session, 'report', 1);
    const { entries } = await meetingEvidence(session.id);
    expect(entries[0]!.size).toBeLessThanOrEqual(CHAIN_LIMITS.itemBytes);
    const roster = JSON.parse((await json(entries[0]!.sha256)).text);
    expect(roster.omitted).toBeGreaterThan(0);
    expect(roster.participants.length + roster.omitted).toBe(300);
    expect(roster.participants.every((p: Participant) => p.present)).toBe(true);
  });
});

describe('canonicalJson', () => {
  it('sorts keys, drops undefined, keeps strings exact', () => {
    expect(canonicalJson({ b: 1, a: [undefined, 'é\u0000'], c: undefined, d: { z: null, y: true } })).toBe(
      '{"a":[null,"é\\u0000"],"b":1,"d":{"y":true,"z":null}}',
    );
    const lone = '\ud800';
    expect(JSON.parse(canonicalJson({ lone })).lone).toBe(lone);
  });
});
