import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, expect, it, vi } from 'vitest';
import type { Participant } from '../../shared/model/participant';
import { __forgetCacheForTests, flushSessions, getSession, updateSession } from './session-store';
import { seedSession } from '../test-support/fake-meeting';

/** storage.session's real limit is 10 MB for the whole extension; this one refuses big writes. */
function limitStorageTo(bytes: number) {
  const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
  vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
    if (JSON.stringify(items).length > bytes) throw new Error('Session storage quota bytes exceeded');
    return set(items);
  });
}

const raider = (i: number, present: boolean): Participant => ({
  id: `r${i}`,
  name: `${'Zoombomber '.repeat(1000)}${i}`,
  role: 'participant',
  self: false,
  sharing: false,
  joinedAt: i,
  present,
  ...(present ? {} : { leftAt: i }),
  previousNames: [],
});

beforeEach(() => __forgetCacheForTests());

it('a raid of 10,000-character names that overflows storage is kept in compacted form, and the host is told', async () => {
  await seedSession();
  limitStorageTo(1_000_000);
  const raid = Object.fromEntries(Array.from({ length: 400 }, (_, i) => raider(i, i % 2 === 0)).map((p) => [p.id, p]));
  const stored = await updateSession(7, (s) => s && { ...s, participants: raid });
  expect(stored).toBeDefined();
  await __forgetCacheForTests();
  const session = await getSession(7);
  const present = Object.values(session!.participants).filter((p) => p.present);
  expect(present).toHaveLength(200); // nobody still in the meeting is forgotten
  expect(present.every((p) => p.name.length <= 257)).toBe(true);
  expect(session!.alerts.at(-1)).toMatchObject({ kind: 'state-compacted', severity: 'warning' });
});

it('a write that fails at every level is logged and the meeting state stays in memory', async () => {
  await seedSession();
  limitStorageTo(10);
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await updateSession(7, (s) => s && { ...s, title: 'changed' });
  await flushSessions();
  expect(error).toHaveBeenCalledWith(expect.stringContaining('could not save'), expect.any(Error));
  expect((await getSession(7))?.title).toBe('changed');
  error.mockRestore();
});
