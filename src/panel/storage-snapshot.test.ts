import { describe, expect, it } from 'vitest';
import { deltaFrom, snapshotFrom } from './storage-snapshot';
import { participant, report, session, sessionWith, T0 } from './testing/fixtures';
import { bucketOf, changedSessionItems } from '../shared/session-storage';

describe('snapshotFrom', () => {
  it('reads sessions by key, the focus and the reports', () => {
    const s = session({ tabId: 4 });
    const snapshot = snapshotFrom(
      { 'session:4': s, focus: { tabId: 4, at: T0 }, unrelated: 1 },
      { reports: [report({ id: 'r1' })] },
    );
    expect(snapshot.sessions).toEqual({ 4: s });
    expect(snapshot.focus).toEqual({ tabId: 4, at: T0 });
    expect(snapshot.reports.map((r) => r.id)).toEqual(['r1']);
  });

  it('drops malformed values instead of crashing the panel', () => {
    const snapshot = snapshotFrom(
      { 'session:1': { tabId: 'x' }, 'session:abc': session(), focus: 'nope' },
      { reports: 7, outbox: [{ key: 'k', state: 'nope' }], evidenceStatus: { m: { meetingId: 'other' } } },
    );
    expect(snapshot).toEqual({ sessions: {}, focus: null, reports: [], drills: [], outbox: [], evidence: {} });
  });
});

describe('deltaFrom', () => {
  it('turns a removed session key into null', () => {
    expect(deltaFrom({ 'session:2': { oldValue: session({ tabId: 2 }) } }, 'session')).toEqual({
      sessions: { 2: null },
    });
  });

  it('reads focus from session storage and reports from local storage only', () => {
    expect(deltaFrom({ focus: { newValue: { tabId: 3, at: T0 } } }, 'session')).toEqual({
      focus: { tabId: 3, at: T0 },
    });
    expect(deltaFrom({ reports: { newValue: [report({ id: 'r' })] } }, 'session')).toBeUndefined();
    expect(deltaFrom({ reports: { newValue: [report({ id: 'r' })] } }, 'local')?.reports).toHaveLength(1);
  });

  it('ignores keys the panel does not show', () => {
    expect(deltaFrom({ settings: { newValue: {} } }, 'local')).toBeUndefined();
    expect(deltaFrom({ 'outbox:1': { newValue: {} } }, 'session')).toBeUndefined();
  });
});

describe('roster buckets', () => {
  it('a storage change to one bucket updates exactly the participants of that bucket', () => {
    const people = Array.from({ length: 50 }, (_, i) => participant({ id: `p${i}` }));
    const before = sessionWith(people, { tabId: 4 });
    const after = {
      ...before,
      participants: { ...before.participants, p7: { ...before.participants.p7!, name: 'TEST insult' } },
    };
    const changes = Object.fromEntries(
      Object.entries(changedSessionItems(before, after)).map(([key, value]) => [key, { newValue: value }]),
    );
    const delta = deltaFrom(changes, 'session');
    expect(delta?.rosters).toEqual([{ tabId: 4, bucket: bucketOf('p7'), participants: expect.any(Object) }]);
    expect(delta?.rosters?.[0]?.participants.p7?.name).toBe('TEST insult');
  });
});
