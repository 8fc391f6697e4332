import { describe, expect, it, vi } from 'vitest';
import { createReceiver, envelope, validateMessage } from './channel';
import { LIMITS } from './limits';
import type { SenderInfo } from './sender';

const SELF = { id: 'ext-id', origin: 'chrome-extension://ext-id' };
const contentScript: SenderInfo = { id: 'ext-id', origin: 'https://meeting.example', tab: { id: 7 }, frameId: 0 };
const panel: SenderInfo = { id: 'ext-id', origin: 'chrome-extension://ext-id' };
const otherExtension: SenderInfo = { id: 'evil-ext', origin: 'chrome-extension://evil-ext', tab: { id: 7 } };

const health = { ok: true, parts: { roster: true }, checkedAt: 1 };
const hello = envelope('content-bg/hello', {
  pageId: 'p1',
  platform: 'practice',
  title: 'Weekly meeting',
  health,
  capabilities: ['stop-share'],
  settings: ['locked'],
  language: { tag: 'en', readable: true },
});
const joined = (name: string) =>
  envelope('content-bg/events', {
    pageId: 'p1',
    events: [
      { kind: 'joined', at: 1, participant: { id: 'a', name, role: 'participant', self: false, sharing: false } },
    ],
  });

describe('validateMessage rejects hostile payloads', () => {
  it.each([
    ['null', null],
    ['a string', 'content-bg/hello'],
    ['an array', [hello]],
    ['an unknown type', { ...hello, type: 'content-bg/panic' }],
    ['a prototype key as type', { ...hello, type: 'toString' }],
    ['__proto__ as type', { ...hello, type: '__proto__' }],
    ['constructor as type', { ...hello, type: 'constructor' }],
    ['another protocol version', { ...hello, v: 2 }],
    ['an extra key', { ...hello, admin: true }],
    ['an own __proto__ key', JSON.parse(JSON.stringify(hello).replace('{', '{"__proto__":{"polluted":1},'))],
    ['an unknown platform', { ...hello, platform: 'webex' }],
    ['an unknown capability', { ...hello, capabilities: ['eject-everyone'] }],
    ['a NaN time', { ...hello, health: { ...health, checkedAt: Number.NaN } }],
    ['an Infinity time', { ...hello, health: { ...health, checkedAt: Infinity } }],
    ['a non-boolean health part', { ...hello, health: { ...health, parts: { roster: 'yes' } } }],
    ['an oversize title', { ...hello, title: 'x'.repeat(LIMITS.title + 1) }],
    ['an oversize name', joined('n'.repeat(LIMITS.name + 1))],
    ['an empty batch', { ...joined('a'), events: [] }],
    ['too many events', { ...joined('a'), events: Array(LIMITS.eventsPerBatch + 1).fill(joined('a').events[0]) }],
    ['an unknown event kind', { ...joined('a'), events: [{ kind: 'eject', at: 1, participantId: 'a' }] }],
    [
      'an unknown role',
      {
        ...joined('a'),
        events: [
          { ...joined('a').events[0], participant: { id: 'a', name: 'x', role: 'admin', self: false, sharing: false } },
        ],
      },
    ],
  ])('rejects %s', (_label, raw) => {
    expect(validateMessage(raw).ok).toBe(false);
  });

  it('accepts a 10,000-character display name: real attackers use them and they must reach the host', () => {
    expect(validateMessage(joined('<img src=x onerror=alert(1)>'.repeat(400).slice(0, 10_000))).ok).toBe(true);
  });

  it('accepts bidi overrides and zero-width characters as plain data', () => {
    expect(validateMessage(joined('\u202Enimda\u200B')).ok).toBe(true);
  });

  it('does not pollute Object.prototype', () => {
    validateMessage(JSON.parse('{"type":"content-bg/hello","v":1,"__proto__":{"polluted":true}}'));
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('createReceiver: sender policy first, then schema, then handler', () => {
  function setup() {
    const handlers = {
      'content-bg/hello': vi.fn(async () => ({ ok: true as const })),
      'content-bg/events': vi.fn(async () => ({ ok: true as const })),
      'content-bg/frame': vi.fn(async () => ({ ok: true as const })),
      'panel-bg/command': vi.fn(async () => ({ ok: true, steps: [] })),
      'panel-bg/file-report': vi.fn(async () => ({ ok: true as const, key: crypto.randomUUID() })),
      'panel-bg/withhold-images': vi.fn(async () => ({ ok: true as const })),
      'panel-bg/outbox': vi.fn(async () => ({ ok: true as const })),
      'panel-bg/bundle-exported': vi.fn(async () => ({ ok: true as const })),
    };
    const onReject = vi.fn();
    const receive = createReceiver(['content-bg', 'panel-bg'], handlers, () => SELF, onReject);
    return { handlers, onReject, receive };
  }
  const panic = envelope('panel-bg/command', { tabId: 7, command: { kind: 'panic' } });

  it('runs the handler for a valid message from an allowed sender', async () => {
    const { handlers, receive } = setup();
    await expect(receive(hello, contentScript)).resolves.toEqual({ ok: true });
    expect(handlers['content-bg/hello']).toHaveBeenCalledOnce();
  });

  it('never lets a content script (beside a hostile page) ask for a host action', async () => {
    const { handlers, onReject, receive } = setup();
    await expect(receive(panic, contentScript)).resolves.toMatchObject({ ok: false });
    expect(handlers['panel-bg/command']).not.toHaveBeenCalled();
    expect(onReject).toHaveBeenCalledWith(expect.objectContaining({ reason: 'sender not allowed' }));
  });

  it('rejects messages from other extensions even when well-formed', async () => {
    const { handlers, receive } = setup();
    await receive(hello, otherExtension);
    await receive(panic, { ...otherExtension, tab: undefined });
    expect(handlers['content-bg/hello']).not.toHaveBeenCalled();
    expect(handlers['panel-bg/command']).not.toHaveBeenCalled();
  });

  it('lets the panel ask for host actions but not pose as a meeting page', async () => {
    const { handlers, receive } = setup();
    await receive(panic, panel);
    await receive(hello, panel);
    expect(handlers['panel-bg/command']).toHaveBeenCalledOnce();
    expect(handlers['content-bg/hello']).not.toHaveBeenCalled();
  });

  it('counts a schema failure from an allowed sender as a rejection', async () => {
    const { handlers, onReject, receive } = setup();
    await receive({ ...hello, extra: 1 }, contentScript);
    expect(handlers['content-bg/hello']).not.toHaveBeenCalled();
    expect(onReject).toHaveBeenCalledOnce();
  });

  it('ignores (no reply) messages of directions this context does not handle', () => {
    const { onReject, receive } = setup();
    expect(receive(envelope('bg-content/resync', {}), panel)).toBeUndefined();
    expect(receive({ hello: 'world' }, contentScript)).toBeUndefined();
    expect(onReject).not.toHaveBeenCalled();
  });

  it('turns a handler that throws into a failed reply, never an unhandled rejection', async () => {
    const { handlers, receive } = setup();
    handlers['content-bg/hello'].mockRejectedValueOnce(new Error('boom'));
    await expect(receive(hello, contentScript)).resolves.toMatchObject({ ok: false });
  });
});
