import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import {
  __forgetCacheForTests,
  allSessions,
  endSession,
  flushSessions,
  getSession,
  updateSession,
} from './session-store';
import { seedSession } from '../test-support/fake-meeting';
import { SESSION_LIMITS } from '../../shared/model/session';

beforeEach(() => __forgetCacheForTests());
afterEach(() => vi.useRealTimers());

it('serialises concurrent updates: two joins arriving together are both kept', async () => {
  await seedSession();
  const add = (id: string) =>
    updateSession(7, (s) => s && { ...s, participants: { ...s.participants, [id]: { id } as never } });
  await Promise.all([add('alice'), add('bob'), add('carol')]);
  await __forgetCacheForTests();
  expect(Object.keys((await getSession(7))!.participants).sort()).toEqual(['alice', 'bob', 'carol']);
});

it('folds the changes made during a slow write into one next write, and stores the latest state', async () => {
  await seedSession();
  const realSet = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
  let release = () => {};
  const firstWriteHeld = new Promise<void>((resolve) => (release = resolve));
  const set = vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
    if (set.mock.calls.length === 1) await firstWriteHeld; // a big meeting's write takes a while
    return realSet(items);
  });
  const changes = Array.from({ length: 50 }, (_, i) => updateSession(7, (s) => s && { ...s, title: `t${i}` }));
  await Promise.all(changes); // every change applied while the first write is still running
  release();
  await flushSessions();
  expect(set).toHaveBeenCalledTimes(2);
  expect((await fakeBrowser.storage.session.get('session:7'))['session:7']).toMatchObject({ title: 't49' });
});

it('writes every change through to storage.session, so a restarted worker finds it', async () => {
  await seedSession();
  await updateSession(7, (s) => s && { ...s, title: 'changed' });
  await __forgetCacheForTests(); // what a service-worker stop does to memory
  expect((await getSession(7))?.title).toBe('changed');
  await flushSessions();
  const stored = await fakeBrowser.storage.session.get('session:7');
  expect(stored['session:7']).toMatchObject({ title: 'changed' });
});

it('a failing update does not block the ones after it', async () => {
  await seedSession();
  const bad = updateSession(7, () => {
    throw new Error('bug');
  });
  await expect(bad).rejects.toThrow('bug');
  await expect(updateSession(7, (s) => s && { ...s, title: 'after' })).resolves.toMatchObject({ title: 'after' });
});

it('keeps a closed meeting readable, and only the newest few closed ones', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  for (let tabId = 1; tabId <= SESSION_LIMITS.endedSessions + 2; tabId++) {
    await seedSession({ tabId });
    await __forgetCacheForTests(); // seeded behind the store's back: reload it
    await endSession(tabId);
    vi.advanceTimersByTime(1000);
  }
  const left = await allSessions();
  expect(left).toHaveLength(SESSION_LIMITS.endedSessions);
  expect(left.every((s) => s.endedAt !== undefined)).toBe(true);
  expect(left.map((s) => s.tabId)).not.toContain(1);
});
