import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION } from '../shared/protocol/messages';
import { session, T0 } from './testing/fixtures';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** Just enough of the WebExtension API for the real connector (the polyfill throws outside an extension). */
const fake = vi.hoisted(() => {
  const listeners = new Set<ChangeListener>();
  return {
    listeners,
    baseUrl: 'chrome-extension://abc/',
    browser: {
      runtime: {
        getURL: (path: string) => `${fake.baseUrl}${path}`,
        sendMessage: vi.fn(() => Promise.resolve({ ok: true, steps: [] })),
      },
      storage: {
        session: { get: vi.fn(() => Promise.resolve({} as Record<string, unknown>)) },
        local: { get: vi.fn(() => Promise.resolve({} as Record<string, unknown>)) },
        onChanged: {
          addListener: (l: ChangeListener) => listeners.add(l),
          removeListener: (l: ChangeListener) => listeners.delete(l),
        },
      },
      tabs: { create: vi.fn(() => Promise.resolve({})) },
      commands: {
        getAll: vi.fn(() => Promise.resolve([{ name: 'panic', shortcut: 'Alt+Shift+K' }, { name: '_execute_action' }])),
      },
      i18n: { getMessage: vi.fn(() => 'msg'), getUILanguage: () => 'fr' },
    },
  };
});
vi.mock('../shared/platform/browser', () => ({ browser: fake.browser }));

const { createBrowserConnector, DRILL_PATH } = await import('./connector');

beforeEach(() => {
  fake.baseUrl = 'chrome-extension://abc/';
  fake.listeners.clear();
});

describe('createBrowserConnector', () => {
  it('loads sessions, focus and reports from the two storage areas', async () => {
    const s = session({ tabId: 5 });
    fake.browser.storage.session.get.mockResolvedValueOnce({ 'session:5': s, focus: { tabId: 5, at: T0 } });
    const snapshot = await createBrowserConnector().load();
    expect(fake.browser.storage.session.get).toHaveBeenCalledWith(null);
    expect(fake.browser.storage.local.get).toHaveBeenCalledWith([
      'reports',
      'drillHistory',
      'outbox',
      'evidenceStatus',
    ]);
    expect(snapshot).toEqual({
      sessions: { 5: s },
      focus: { tabId: 5, at: T0 },
      reports: [],
      drills: [],
      outbox: [],
      evidence: {},
    });
  });

  it('forwards storage changes as deltas and stops on unsubscribe', () => {
    const seen: unknown[] = [];
    const stop = createBrowserConnector().subscribe((delta) => seen.push(delta));
    fake.listeners.forEach((l) => l({ 'session:5': {} }, 'session'));
    fake.listeners.forEach((l) => l({ unrelated: { newValue: 1 } }, 'local'));
    stop();
    expect(fake.listeners.size).toBe(0);
    expect(seen).toEqual([{ sessions: { 5: null } }]);
  });

  it('sends host commands in the panel-bg/command envelope', async () => {
    await createBrowserConnector().sendCommand(5, { kind: 'lock' });
    expect(fake.browser.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'panel-bg/command',
      v: PROTOCOL_VERSION,
      tabId: 5,
      command: { kind: 'lock' },
    });
  });

  it('opens the raid drill in a new tab', async () => {
    await createBrowserConnector().openDrill();
    expect(fake.browser.tabs.create).toHaveBeenCalledWith({ url: `chrome-extension://abc/${DRILL_PATH}` });
  });

  it('reports unassigned shortcuts as empty strings and tells the browsers apart', async () => {
    expect(await createBrowserConnector().getShortcuts()).toEqual([
      { name: 'panic', shortcut: 'Alt+Shift+K' },
      { name: '_execute_action', shortcut: '' },
    ]);
    expect(createBrowserConnector().flavor).toBe('chrome');
    fake.baseUrl = 'moz-extension://abc/';
    expect(createBrowserConnector().flavor).toBe('firefox');
  });
});
