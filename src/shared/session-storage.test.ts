import { describe, expect, it } from 'vitest';
import { newMeetingSession, type MeetingSession } from './model/session';
import type { Participant } from './model/participant';
import { bucketOf, changedSessionItems, ROSTER_BUCKETS, rosterKey, sessionsFromItems } from './session-storage';

const person = (id: string): Participant => ({
  id,
  name: `Name ${id}`,
  role: 'participant',
  self: false,
  sharing: false,
  joinedAt: 1,
  present: true,
  previousNames: [],
});

function meeting(count: number): MeetingSession {
  const origin = {
    tabId: 4,
    frameId: 0,
    pageId: 'p',
    platform: 'practice' as const,
    title: 'Big meeting',
    health: { ok: true, parts: {}, checkedAt: 1 },
    capabilities: [],
    changeable: [],
    language: { tag: 'en', readable: true },
  };
  const participants = Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i}`, person(`p${i}`)]));
  return { ...newMeetingSession(origin, 1), participants };
}

describe('session storage layout', () => {
  it('round-trips a session through header and buckets', () => {
    const session = meeting(300);
    expect(sessionsFromItems(changedSessionItems(undefined, session))).toEqual({ 4: session });
  });

  it('spreads a big roster evenly enough that a bucket is a small write', () => {
    const sizes = Array.from({ length: ROSTER_BUCKETS }, () => 0);
    for (let i = 0; i < 2000; i++) sizes[bucketOf(`participant-${i}`)]!++;
    expect(Math.max(...sizes)).toBeLessThan(2 * (2000 / ROSTER_BUCKETS));
  });

  it('a join rewrites the header and one bucket, not the roster', () => {
    const before = meeting(2000);
    const after = { ...before, participants: { ...before.participants, newcomer: person('newcomer') } };
    const items = changedSessionItems(before, after);
    expect(Object.keys(items).sort()).toEqual(['session:4', rosterKey(4, bucketOf('newcomer'))].sort());
    expect(JSON.stringify(items).length).toBeLessThan(JSON.stringify(after).length / 8);
  });

  it('a participant dropped from the roster is dropped from its bucket', () => {
    const before = meeting(20);
    const { p3: _dropped, ...rest } = before.participants;
    const items = changedSessionItems(before, { ...before, participants: rest });
    expect(items[rosterKey(4, bucketOf('p3'))]).not.toHaveProperty('p3');
  });
});
