import { expect, it } from 'vitest';
import { adapterFor } from './platforms/registry';
import { startMeetingPage, whenPresent } from './start-meeting-page';

const PRACTICE = new URL('http://localhost:5173/src/practice/index.html');

it('a page script cannot switch Hostguard off with a synthetic pagehide', () => {
  const controller = startMeetingPage(PRACTICE)!;
  dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
  expect(controller.signal.aborted).toBe(false);
  controller.abort();
});

it('does nothing on a page no adapter knows: plain http, or a known site outside its meeting pages', () => {
  expect(startMeetingPage(new URL('http://example.com/'))).toBeUndefined();
  expect(startMeetingPage(new URL('https://zoom.us/pricing'))).toBeUndefined();
});

it('on any other https page (a self-hosted Jitsi the host added) it waits for a Jitsi client', () => {
  expect(adapterFor(new URL('https://meet.example.org/Room'))?.id).toBe('jitsi');
});

it('starts only once the meeting client renders in this frame (Zoom: not in its web shell)', async () => {
  const adapter = { present: (doc: Document) => doc.querySelector('#client') !== null } as never;
  const controller = new AbortController();
  let started = 0;
  whenPresent(adapter, document, controller.signal, () => started++);
  expect(started).toBe(0);
  document.body.append(Object.assign(document.createElement('div'), { id: 'client' }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(started).toBe(1);
  document.body.append(document.createElement('p'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(started).toBe(1);
  controller.abort();
  document.getElementById('client')?.remove();
});
