// @vitest-environment node
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshEvidenceDb } from '../../shared/evidence/evidence-db.testing';
import { EVIDENCE_STATUS_KEY, asEvidenceStatuses, type EvidenceStatus } from '../../shared/model/evidence';
import type { Alert } from '../../shared/model/alert';
import type { Participant } from '../../shared/model/participant';
import type { MeetingSession } from '../../shared/model/session';
import { verifyChain } from '../../shared/report-wire/chain';
import { memorySession } from '../test-support/session';
import { __forgetCacheForTests, updateSession } from '../session/session-store';
import { onSessionCommitted } from '../session/post-commit';
import { __forgetGrantsForTests } from './active-tab-grants';
import { __forgetMeetingsForTests, followSession, stopOnWithhold } from './capture-loop';
import { offerShareFrame } from './capture-share';
import { __resetCaptureGateForTests } from './capture-tab';
import { imageBytesHeld, withholdImages } from './child-safety';
import { meetingEvidence } from './evidence-store';
import { __forgetSnapshotsForTests } from './snapshots';
import { __forgetStatusForTests } from './status';

const jpeg = (n: number) =>
  `data:image/jpeg;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, n & 0xff, n >> 8]).toString('base64')}`;
let shots = 0;
const capture = vi.fn(async () => jpeg(++shots));
const contains = vi.fn(async () => false);

const person = (id: string, extra: Partial<Participant> = {}): Participant => ({
  id,
  name: id,
  role: 'participant',
  self: false,
  sharing: false,
  joinedAt: 1,
  present: true,
  previousNames: [],
  ...extra,
});
const host = person('host', { role: 'host', self: true });

let tabId = 0;
let unsubscribe: () => void;
beforeAll(() => {
  unsubscribe = onSessionCommitted((next, previous) => followSession(next, previous));
  stopOnWithhold();
});
afterAll(() => unsubscribe());
beforeEach(async () => {
  await fakeBrowser.storage.session.remove('snapshotDigests');
  __forgetMeetingsForTests();
  __forgetStatusForTests();
  __forgetGrantsForTests();
  __forgetSnapshotsForTests();
  __resetCaptureGateForTests();
  await __forgetCacheForTests();
  await freshEvidenceDb();
  shots = 0;
  capture.mockClear();
  contains.mockReset().mockResolvedValue(false);
  Object.assign(fakeBrowser.tabs, { captureVisibleTab: capture });
  Object.assign(fakeBrowser.permissions, { contains });
  tabId = (await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc', active: true })).id!;
});

async function commit(change: (s: MeetingSession | undefined) => Partial<MeetingSession>): Promise<MeetingSession> {
  const next = await updateSession(tabId, (current) => ({
    ...(current ?? memorySession({ tabId })),
    ...change(current),
  }));
  return next!;
}
const sharing = (on: boolean) => ({ participants: { host, x: person('x', { sharing: on }) } });

async function status(meetingId: string): Promise<EvidenceStatus | undefined> {
  const stored = await fakeBrowser.storage.local.get(EVIDENCE_STATUS_KEY);
  return asEvidenceStatuses(stored[EVIDENCE_STATUS_KEY])[meetingId];
}
const frames = async (meetingId: string) =>
  (await meetingEvidence(meetingId)).entries.filter((e) => e.kind === 'frame');

describe('evidence capture', () => {
  it('is idle while nobody but the host shares and no alert is open', async () => {
    const session = await commit(() => ({ participants: { host } }));
    await vi.waitFor(async () =>
      expect(await status(session.id)).toMatchObject({ armed: false, source: 'none', reason: 'idle' }),
    );
    expect(capture).not.toHaveBeenCalled();
  });

  it('a non-host share with permission: tab screenshots, never more than 2 per second', async () => {
    contains.mockResolvedValue(true);
    const session = await commit(() => sharing(true));
    await vi.waitFor(async () => expect((await frames(session.id)).length).toBeGreaterThanOrEqual(3), {
      timeout: 3_000,
    });
    const times = (await frames(session.id)).map((e) => e.capturedAt);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(500);
    await vi.waitFor(async () => expect(await status(session.id)).toMatchObject({ armed: true, source: 'tab' }));
    expect((await status(session.id))?.reason).toBeUndefined();
    // The share stops: capture goes idle and stays so.
    await commit(() => sharing(false));
    await vi.waitFor(async () => expect(await status(session.id)).toMatchObject({ source: 'none', reason: 'idle' }));
    const calls = capture.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(capture.mock.calls.length).toBe(calls);
  });

  it('without permission: says so, and keeps share frames instead, at most 2 per second', async () => {
    const session = await commit(() => sharing(true));
    await vi.waitFor(async () =>
      expect(await status(session.id)).toMatchObject({ armed: false, reason: 'no-permission' }),
    );
    expect(capture).not.toHaveBeenCalled();
    const base = Date.now();
    const stored = [];
    for (let n = 0; n < 10; n++) stored.push(await offerShareFrame(tabId, session.id, jpeg(n), base + n * 100));
    expect(stored.filter(Boolean)).toHaveLength(2);
    expect(await frames(session.id)).toHaveLength(2);
    await vi.waitFor(
      async () =>
        expect(await status(session.id)).toMatchObject({ source: 'share', frames: 2, reason: 'no-permission' }),
      {
        timeout: 4_000,
      },
    );
    expect(await offerShareFrame(tabId, 'another-meeting', jpeg(99), base + 5_000)).toBe(false);
    expect(await offerShareFrame(tabId, session.id, 'data:image/jpeg;base64,AAAA', base + 6_000)).toBe(false);
  });

  it('an alert pins the last 10 s and snapshots roster, chat and timeline; the chain verifies', async () => {
    const session = await commit(() => sharing(true));
    const base = Date.now();
    for (let n = 0; n < 6; n++) await offerShareFrame(tabId, session.id, jpeg(n), base - 12_000 + n * 2_000);
    const alert: Alert = {
      id: 'a1',
      at: Date.now(),
      kind: 'unexpected-sharer',
      severity: 'critical',
      participantId: 'x',
      name: '\u202eevil',
    };
    await commit((s) => ({ alerts: [...(s?.alerts ?? []), alert] }));
    await vi.waitFor(async () =>
      expect((await meetingEvidence(session.id)).entries.map((e) => e.kind)).toEqual(
        expect.arrayContaining(['roster', 'chat', 'timeline']),
      ),
    );
    // A frame after the alert: ring frames older than 10 s go, the pinned pre-roll stays.
    expect(await offerShareFrame(tabId, session.id, jpeg(7), base + 1_000)).toBe(true);
    const { entries, chainHead } = await meetingEvidence(session.id);
    expect(await verifyChain(session.id, entries, chainHead)).toBe('verified');
    const kept = entries.filter((e) => e.kind === 'frame' && e.attached).map((e) => e.capturedAt - base);
    expect(kept).toEqual([-8_000, -6_000, -4_000, -2_000, 1_000]);
  });

  it('a child-safety report stops capture for good and leaves no image bytes', async () => {
    contains.mockResolvedValue(true);
    const session = await commit(() => sharing(true));
    await vi.waitFor(async () => expect((await frames(session.id)).length).toBeGreaterThanOrEqual(1), {
      timeout: 3_000,
    });
    await withholdImages(session.id);
    expect(await imageBytesHeld(session.id)).toBe(0);
    await vi.waitFor(async () =>
      expect(await status(session.id)).toMatchObject({
        armed: false,
        source: 'none',
        reason: 'stopped-child-safety',
        frames: 0,
      }),
    );
    const calls = capture.mock.calls.length;
    await commit(() => sharing(true));
    expect(await offerShareFrame(tabId, session.id, jpeg(1), Date.now() + 10_000)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(capture.mock.calls.length).toBe(calls);
    expect(await imageBytesHeld(session.id)).toBe(0);
  });

  it('a meeting that ends stops capturing', async () => {
    contains.mockResolvedValue(true);
    const session = await commit(() => sharing(true));
    await vi.waitFor(() => expect(capture).toHaveBeenCalled());
    await commit(() => ({ endedAt: Date.now() }));
    await vi.waitFor(async () => expect(await status(session.id)).toMatchObject({ reason: 'idle' }));
    const calls = capture.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(capture.mock.calls.length).toBeLessThanOrEqual(calls + 1);
  });
});
