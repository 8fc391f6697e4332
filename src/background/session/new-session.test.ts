import { expect, it } from 'vitest';
import { envelope } from '../../shared/protocol/channel';
import { sessionFromHello } from './new-session';

const hello = (pageId: string) =>
  envelope('content-bg/hello', {
    pageId,
    platform: 'meet',
    title: 'Weekly',
    health: { ok: true, parts: {}, checkedAt: 1 },
    capabilities: [],
    settings: [],
    language: { tag: 'en', readable: true },
  });

it('a session has its own id, not the tab id; a reload of the tab keeps it, a new meeting gets another', () => {
  const first = sessionFromHello(hello('p1'), 7, 0, undefined, 1);
  const reloaded = sessionFromHello(hello('p2'), 7, 0, first, 2);
  const other = sessionFromHello(hello('p3'), 7, 0, undefined, 3);
  expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(first.id).not.toBe(String(first.tabId));
  expect(reloaded.id).toBe(first.id);
  expect(other.id).not.toBe(first.id);
});
