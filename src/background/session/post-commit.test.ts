import { beforeEach, expect, it } from 'vitest';
import { newMeetingSession } from '../../shared/model/session';
import { onSessionCommitted } from './post-commit';
import { __forgetCacheForTests, updateSession } from './session-store';

beforeEach(() => __forgetCacheForTests());

const origin = {
  tabId: 4,
  frameId: 0,
  pageId: 'p',
  platform: 'practice' as const,
  title: 't',
  health: { ok: true, parts: {}, checkedAt: 1 },
  capabilities: [],
  changeable: [],
  language: { tag: 'en', readable: true },
};

it('every committed change reaches subscribers with the state before it; a failing one breaks nothing', async () => {
  const seen: [string | undefined, string][] = [];
  const stopFailing = onSessionCommitted(() => {
    throw new Error('subscriber bug');
  });
  const stop = onSessionCommitted((next, previous) => seen.push([previous?.title, next.title]));
  await updateSession(4, () => newMeetingSession(origin, 1));
  await updateSession(4, (s) => s && { ...s, title: 'renamed' });
  await updateSession(4, () => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
  stop();
  stopFailing();
  expect(seen).toEqual([
    [undefined, 't'],
    ['t', 'renamed'],
  ]);
});
