import { expect, it } from 'vitest';
import { startMeetingPage } from './start-meeting-page';

const PRACTICE = new URL('http://localhost:5173/src/practice/index.html');

it('a page script cannot switch Hostguard off with a synthetic pagehide', () => {
  const controller = startMeetingPage(PRACTICE)!;
  dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
  expect(controller.signal.aborted).toBe(false);
  controller.abort();
});

it('does nothing on a page no adapter knows', () => {
  expect(startMeetingPage(new URL('https://example.com/'))).toBeUndefined();
});
