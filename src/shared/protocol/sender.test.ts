import { describe, expect, it } from 'vitest';
import { classifySender, mayClaimPlatform, mayUse, type SenderInfo } from './sender';

const CHROME = { id: 'abc', origin: 'chrome-extension://abc' };
const FIREFOX = { id: 'hostguard@hostguard.app', origin: 'moz-extension://1234-uuid' };

/** Each sender shape in its Chrome and Firefox forms must classify the same (Bitwarden parity table). */
const shapes = (self: typeof CHROME) =>
  ({
    'content script': { id: self.id, origin: 'http://localhost:8080', tab: { id: 3 }, frameId: 0 },
    'content script, sub-frame': { id: self.id, origin: 'https://app.zoom.us', tab: { id: 3 }, frameId: 5 },
    'drill page in a tab': { id: self.id, origin: self.origin, tab: { id: 4 }, frameId: 0 },
    'side panel': { id: self.id, origin: self.origin },
    'side panel without origin (older Firefox)': { id: self.id },
    'other extension': { id: 'other', origin: 'chrome-extension://other', tab: { id: 3 } },
    'other extension page': { id: 'other', origin: 'chrome-extension://other' },
    'our id but a web origin and no tab': { id: self.id, origin: 'https://evil.example' },
  }) satisfies Record<string, SenderInfo>;

const expected = {
  'content script': { 'content-bg': true, 'panel-bg': false, 'bg-content': false },
  'content script, sub-frame': { 'content-bg': true, 'panel-bg': false, 'bg-content': false },
  'drill page in a tab': { 'content-bg': true, 'panel-bg': true, 'bg-content': false },
  'side panel': { 'content-bg': false, 'panel-bg': true, 'bg-content': true },
  'side panel without origin (older Firefox)': { 'content-bg': false, 'panel-bg': true, 'bg-content': true },
  'other extension': { 'content-bg': false, 'panel-bg': false, 'bg-content': false },
  'other extension page': { 'content-bg': false, 'panel-bg': false, 'bg-content': false },
  'our id but a web origin and no tab': { 'content-bg': false, 'panel-bg': false, 'bg-content': false },
} as const;

describe.each([
  ['Chrome', CHROME],
  ['Firefox', FIREFOX],
])('sender policy in %s', (_browser, self) => {
  for (const [name, sender] of Object.entries(shapes(self))) {
    it(`${name}`, () => {
      const cls = classifySender(sender, self);
      const rights = expected[name as keyof typeof expected];
      for (const direction of ['content-bg', 'panel-bg', 'bg-content'] as const) {
        expect(mayUse(direction, cls), direction).toBe(rights[direction]);
      }
    });
  }
});

it('never reads sender.url: a forged url changes nothing', () => {
  const forged = {
    id: 'other',
    origin: 'chrome-extension://other',
    url: 'chrome-extension://abc/src/panel/index.html',
  };
  expect(classifySender(forged, CHROME)).toEqual({ kind: 'foreign' });
});

it('a content script keeps its tab and frame for replies', () => {
  expect(classifySender({ id: 'abc', origin: 'https://x', tab: { id: 9 }, frameId: 2 }, CHROME)).toEqual({
    kind: 'tab-script',
    tabId: 9,
    frameId: 2,
    extensionPage: false,
    origin: 'https://x',
  });
});

describe('mayClaimPlatform: a hello names its platform, and the claim must fit the sender origin', () => {
  const tab = (origin: string | undefined, extensionPage = false) =>
    ({ kind: 'tab-script', tabId: 1, frameId: 0, extensionPage, ...(origin ? { origin } : {}) }) as const;

  it.each([
    ['zoom', 'https://app.zoom.us', true],
    ['zoom', 'https://us02web.zoom.us', true],
    ['zoom', 'https://zoom.us.evil.example', false],
    ['meet', 'https://meet.google.com', true],
    ['meet', 'https://app.zoom.us', false],
    ['teams', 'https://teams.cloud.microsoft', true],
    ['jitsi', 'https://meet.jit.si', true],
    ['jitsi', 'https://meet.example.org', false],
    ['practice', 'http://localhost:5173', true],
    ['practice', 'https://app.zoom.us', false],
  ] as const)('%s from %s: %s', (platform, origin, allowed) => {
    expect(mayClaimPlatform(platform, tab(origin))).toBe(allowed);
  });

  it('a self-hosted Jitsi counts only once the host granted its origin, and only as Jitsi', () => {
    expect(mayClaimPlatform('jitsi', tab('https://meet.example.org'), ['https://meet.example.org'])).toBe(true);
    expect(mayClaimPlatform('zoom', tab('https://meet.example.org'), ['https://meet.example.org'])).toBe(false);
  });

  it('our own drill page may only be the practice meeting; the panel may claim nothing', () => {
    expect(mayClaimPlatform('practice', tab('chrome-extension://abc', true))).toBe(true);
    expect(mayClaimPlatform('zoom', tab('chrome-extension://abc', true))).toBe(false);
    expect(mayClaimPlatform('practice', { kind: 'extension-page' })).toBe(false);
  });
});
