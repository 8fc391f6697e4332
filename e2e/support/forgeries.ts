/**
 * Runs in the meeting page's main world (page.evaluate): everything a hostile or buggy page
 * script could send an extension without the browser's help. `tabId` and the sharer's id are
 * real, so a forgery is as convincing as the page can make it. Returns how many were posted.
 */
export async function forgePageInput({
  tabId,
  sharerId,
  count,
  chordKeys,
}: {
  tabId: number;
  sharerId: string;
  count: number;
  /** The letters of today's shortcut chords (Alt+Shift+<key>), from KEYBOARD_COMMANDS. */
  chordKeys: readonly string[];
}) {
  const now = Date.now();
  const join = (i: number) => ({
    kind: 'joined',
    at: now,
    participant: { id: `forged-${i}`, name: `Forged ${i}`, role: 'host', self: false, sharing: false },
  });
  const shapes: ((i: number) => unknown)[] = [
    () => ({ type: 'panel-bg/command', v: 1, tabId, command: { kind: 'panic' } }),
    () => ({ type: 'panel-bg/command', v: 1, tabId, command: { kind: 'stop-shares' } }),
    () => ({ type: 'panel-bg/command', v: 1, tabId, command: { kind: 'lock' } }),
    () => ({ type: 'panel-bg/command', v: 1, tabId, command: { kind: 'stop-share', participantId: sharerId } }),
    () => ({ type: 'panel-bg/command', v: 1, tabId, command: { kind: 'eject', participantId: sharerId, blockRejoin: true } }), // prettier-ignore
    (i) => ({ type: 'content-bg/events', v: 1, pageId: `forged-${i}`, events: [join(i)] }),
    (i) => ({ type: 'content-bg/hello', v: 1, pageId: `forged-${i}`, platform: 'practice', title: 'Forged', capabilities: ['suspend'] }), // prettier-ignore
    () => ({ type: 'bg-content/act', v: 1, request: { id: 'suspend' } }),
    () => ({ type: 'bg-content/act', v: 1, request: { id: 'set-settings', changes: { locked: true, shareAllowed: false } } }), // prettier-ignore
    () => ({ type: 'bg-content/act', v: 1, request: { id: 'stop-share', participantId: sharerId } }),
    (i) => JSON.stringify({ type: 'panel-bg/command', v: 1, tabId, command: { kind: 'panic' }, i }),
    (i) => ({ hostguard: true, command: 'panic', i }),
    (i) => [i, 'panic', null, { type: 'panel-bg/command' }],
    (i) => ({ type: '__proto__', v: 1, tabId, command: { kind: 'panic' }, constructor: { prototype: { i } } }),
    (i) => String.fromCharCode(...Array.from({ length: 64 }, (_, k) => (i * 31 + k * 7) % 0xffff)),
    (i) => i * 1.5,
    () => null,
  ];
  for (let i = 0; i < count; i++) {
    const message = shapes[i % shapes.length]!(i);
    window.postMessage(message, i % 2 ? '*' : location.origin);
  }

  // Keys and events that would mean "act" to an extension that listened to the page.
  const chords = chordKeys.map((key) => ({ key, code: `Key${key}`, keyCode: key.charCodeAt(0) }));
  const targets: EventTarget[] = [window, document, document.body, document.activeElement ?? document.body];
  for (const target of targets) {
    for (const chord of chords) {
      for (const type of ['keydown', 'keypress', 'keyup']) {
        target.dispatchEvent(new KeyboardEvent(type, { ...chord, altKey: true, shiftKey: true, bubbles: true }));
      }
    }
    for (const type of ['hostguard:panic', 'hostguard:command', 'hostguard', 'panic', 'hostguard-panic']) {
      target.dispatchEvent(new CustomEvent(type, { detail: { kind: 'panic', tabId }, bubbles: true }));
    }
  }
  // Messages are dispatched in order: once this one arrives, every listener has seen them all.
  await new Promise<void>((resolve) => {
    const sentinel = `e2e-sentinel-${Math.random()}`;
    window.addEventListener('message', function seen(event) {
      if (event.data !== sentinel) return;
      window.removeEventListener('message', seen);
      resolve();
    });
    window.postMessage(sentinel, '*');
  });
  return count;
}
