import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_DETECTION_SETTINGS, DETECTION_LIMITS } from '../shared/model/detection-settings';
import { asDetectionSettings, asShieldSettings, DETECTION_SETTINGS_KEY } from '../shared/policy-storage';
import { PANIC_OPTIONS_KEY } from '../shared/storage-keys';
import { browserDetectionSettings, browserPanicOptions } from './options-connector';
import { createStoredValue, memoryArea } from './stored-value';

describe('createStoredValue', () => {
  it('reads through the sanitiser: nothing stored gives the defaults', async () => {
    const store = createStoredValue(memoryArea(), 'shieldSettings', asShieldSettings);
    expect(await store.load()).toEqual({
      stopTripwireShare: true,
      lockAfterBurst: true,
      disableSharingAfterAlert: true,
      ejectHostileNames: false,
    });
  });

  it('writes the sanitised value, never what it was handed', async () => {
    const area = memoryArea();
    const store = createStoredValue(area, DETECTION_SETTINGS_KEY, asDetectionSettings);
    await store.update((s) => ({ ...s, joinBurst: { ...s.joinBurst, joins: 99_999 } }));
    const stored = area.items[DETECTION_SETTINGS_KEY] as typeof DEFAULT_DETECTION_SETTINGS;
    expect(stored.joinBurst.joins).toBe(DETECTION_LIMITS.joins.max);
  });

  it('queues read-modify-writes, so two edits started together both land', async () => {
    const area = memoryArea();
    const store = createStoredValue(area, DETECTION_SETTINGS_KEY, asDetectionSettings);
    await Promise.all([
      store.update((s) => ({ ...s, rejoin: { enabled: false } })),
      store.update((s) => ({ ...s, expectedAttendees: { ...s.expectedAttendees, names: ['Ada'] } })),
    ]);
    const stored = asDetectionSettings(area.items[DETECTION_SETTINGS_KEY]);
    expect(stored.rejoin.enabled).toBe(false);
    expect(stored.expectedAttendees.names).toEqual(['Ada']);
  });

  it('tells watchers the value as stored after each write, until they stop', async () => {
    const store = createStoredValue(memoryArea(), DETECTION_SETTINGS_KEY, asDetectionSettings);
    const seen: number[] = [];
    const stop = store.watch((s) => seen.push(s.chatFlood.messages));
    await store.update((s) => ({ ...s, chatFlood: { ...s.chatFlood, messages: 1 } }));
    stop();
    await store.update((s) => ({ ...s, chatFlood: { ...s.chatFlood, messages: 7 } }));
    expect(seen).toEqual([DETECTION_LIMITS.chatMessages.min]);
  });

  it('keeps its queue going after a failed write', async () => {
    let fail = true;
    const area = memoryArea();
    const flaky = {
      get: area.get,
      set: async (items: Record<string, unknown>) => {
        if (fail) throw new Error('quota');
        await area.set(items);
      },
    };
    const store = createStoredValue(flaky, 'shieldSettings', asShieldSettings);
    await expect(store.update((s) => ({ ...s, lockAfterBurst: false }))).rejects.toThrow('quota');
    fail = false;
    expect((await store.update((s) => ({ ...s, ejectHostileNames: true }))).ejectHostileNames).toBe(true);
  });
});

describe('options-connector stores', () => {
  it('keep the detection settings in storage.local under their key, sanitised', async () => {
    await browserDetectionSettings.update((s) => ({
      ...s,
      hostileText: { ...s.hostileText, extraTerms: [' x ', 'x'] },
    }));
    const raw = (await fakeBrowser.storage.local.get(DETECTION_SETTINGS_KEY))[DETECTION_SETTINGS_KEY];
    expect(asDetectionSettings(raw).hostileText.extraTerms).toEqual(['x']);
    expect(raw).toEqual(asDetectionSettings(raw));
  });

  it('still load and save panic options as before', async () => {
    await browserPanicOptions.save({ removeSharers: true });
    expect((await fakeBrowser.storage.local.get(PANIC_OPTIONS_KEY))[PANIC_OPTIONS_KEY]).toEqual({
      removeSharers: true,
    });
    expect(await browserPanicOptions.load()).toEqual({ removeSharers: true });
  });
});
