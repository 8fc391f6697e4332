import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { PANIC_OPTIONS_KEY } from '../../shared/storage-keys';
import type { Participant } from '../../shared/model/participant';
import { executeCommand } from './execute';
import { getSession, __forgetCacheForTests } from '../session/session-store';
import { ALL_ACTIONS, installFakeMeeting, seedSession } from '../test-support/fake-meeting';

const person = (id: string, extra: Partial<Participant> = {}): Participant => ({
  id,
  name: id,
  role: 'participant',
  self: false,
  sharing: false,
  joinedAt: 1,
  present: true,
  previousNames: [],
  ...extra,
});

const roster = {
  host: person('host', { role: 'host', self: true }),
  cohost: person('cohost', { role: 'cohost', sharing: true }),
  bomber: person('bomber', { sharing: true }),
};

beforeEach(() => __forgetCacheForTests());

describe('panic', () => {
  it('stops every live intruder share first, then closes the room through the native suspend', async () => {
    const meeting = installFakeMeeting({}, ['bomber', 'cohost']);
    await seedSession({ participants: roster });
    const outcome = await executeCommand(7, { kind: 'panic' }, 'shortcut');
    expect(outcome.ok).toBe(true);
    expect(meeting.requests.map((r) => r.id)).toEqual(['stop-share', 'suspend']);
    expect(meeting.requests[0]).toEqual({ id: 'stop-share', participantId: 'bomber' });
    expect(outcome.steps.map((s) => s.step)).toEqual([
      'stop-share',
      'suspend',
      'setting:shareAllowed',
      'setting:locked',
      'setting:chatAllowed',
      'setting:renameAllowed',
      'setting:unmuteAllowed',
    ]);
  });

  it('snapshots exactly the settings it changed, and Restore puts back only those', async () => {
    const meeting = installFakeMeeting({ renameAllowed: false, locked: false });
    await seedSession({ participants: roster });
    await executeCommand(7, { kind: 'panic' }, 'panel');
    const session = await getSession(7);
    expect(session?.panic?.snapshot).toEqual({
      shareAllowed: true,
      locked: false,
      chatAllowed: true,
      unmuteAllowed: true,
    });

    meeting.requests.length = 0;
    const restored = await executeCommand(7, { kind: 'restore' }, 'panel');
    expect(restored.ok).toBe(true);
    expect(meeting.requests).toEqual([
      { id: 'set-settings', changes: { shareAllowed: true, locked: false, chatAllowed: true, unmuteAllowed: true } },
    ]);
    expect(meeting.settings.renameAllowed).toBe(false);
    expect((await getSession(7))?.panic?.restoredAt).toBeTypeOf('number');
  });

  it('a second panic before Restore keeps the original pre-panic values', async () => {
    installFakeMeeting();
    await seedSession({ participants: roster });
    await executeCommand(7, { kind: 'panic' }, 'panel');
    await executeCommand(7, { kind: 'panic' }, 'panel');
    expect((await getSession(7))?.panic?.snapshot).toMatchObject({ shareAllowed: true, locked: false });
  });

  it('falls back to setting each control when the native suspend fails', async () => {
    const meeting = installFakeMeeting();
    meeting.failures.suspend = { ok: false, ms: 2000, code: 'control-missing', detail: 'Suspend item did not appear' };
    await seedSession({ participants: roster });
    const outcome = await executeCommand(7, { kind: 'panic' }, 'shortcut');
    expect(meeting.requests.map((r) => r.id)).toEqual(['stop-share', 'suspend', 'set-settings']);
    expect(meeting.settings).toMatchObject({ shareAllowed: false, locked: true, chatAllowed: false });
    expect(outcome.ok).toBe(false); // the failed suspend stays visible to the host
    const session = await getSession(7);
    expect(session?.alerts.some((a) => a.kind === 'action-failed')).toBe(true);
    expect(session?.panic?.snapshot).toMatchObject({ shareAllowed: true, locked: false });
  });

  it('uses per-setting steps on a platform without an all-in-one action', async () => {
    const meeting = installFakeMeeting();
    await seedSession({ participants: roster, capabilities: ALL_ACTIONS.filter((a) => a !== 'suspend') });
    const outcome = await executeCommand(7, { kind: 'panic' }, 'shortcut');
    expect(outcome.ok).toBe(true);
    expect(meeting.requests.map((r) => r.id)).toEqual(['stop-share', 'set-settings']);
  });

  it('Restore retries only what the page did not confirm', async () => {
    const meeting = installFakeMeeting();
    await seedSession({ participants: roster });
    await executeCommand(7, { kind: 'panic' }, 'panel');
    meeting.failures['set-settings'] = {
      ok: false,
      ms: 1,
      code: 'not-verified',
      detail: 'lock toggle did not change',
      after: { shareAllowed: true, locked: true, chatAllowed: true, renameAllowed: true, unmuteAllowed: true },
    };
    const first = await executeCommand(7, { kind: 'restore' }, 'panel');
    expect(first.ok).toBe(false);
    expect((await getSession(7))?.panic?.snapshot).toEqual({ locked: false });
    delete meeting.failures['set-settings'];
    await executeCommand(7, { kind: 'restore' }, 'panel');
    expect(meeting.requests.at(-1)).toEqual({ id: 'set-settings', changes: { locked: false } });
  });

  it('says so when there is nothing to restore', async () => {
    installFakeMeeting();
    await seedSession({ participants: roster });
    const outcome = await executeCommand(7, { kind: 'restore' }, 'panel');
    expect(outcome.steps[0]?.result).toMatchObject({ ok: false, code: 'target-missing' });
  });

  it('survives the service worker losing its memory between panic and Restore', async () => {
    installFakeMeeting();
    await seedSession({ participants: roster });
    await executeCommand(7, { kind: 'panic' }, 'panel');
    await __forgetCacheForTests();
    const outcome = await executeCommand(7, { kind: 'restore' }, 'panel');
    expect(outcome.ok).toBe(true);
  });

  it('reports a closed meeting tab as a failed result, not a throw', async () => {
    const outcome = await executeCommand(99, { kind: 'panic' }, 'shortcut');
    expect(outcome).toMatchObject({ ok: false, steps: [{ result: { code: 'no-meeting' } }] });
  });
});

describe('panic, when the host chose "also remove whoever was sharing"', () => {
  it('removes each intruder sharer with rejoining blocked, after the room is closed', async () => {
    await fakeBrowser.storage.local.set({ [PANIC_OPTIONS_KEY]: { removeSharers: true } });
    const meeting = installFakeMeeting({}, ['bomber', 'cohost']);
    await seedSession({ participants: roster });
    const outcome = await executeCommand(7, { kind: 'panic' }, 'shortcut');
    expect(meeting.requests.map((r) => r.id)).toEqual(['stop-share', 'suspend', 'remove']);
    expect(meeting.requests.at(-1)).toEqual({ id: 'remove', participantId: 'bomber', blockRejoin: true });
    expect(outcome.steps.at(-1)).toMatchObject({ step: 'remove', participantId: 'bomber' });
  });

  it('removes nobody by default', async () => {
    await fakeBrowser.storage.local.clear();
    const meeting = installFakeMeeting({}, ['bomber']);
    await seedSession({ participants: roster });
    await executeCommand(7, { kind: 'panic' }, 'shortcut');
    expect(meeting.requests.map((r) => r.id)).not.toContain('remove');
  });
});
