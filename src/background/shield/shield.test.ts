import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingEvent } from '../../shared/model/meeting-event';
import type { Participant } from '../../shared/model/participant';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages';
import { SHIELD_SETTINGS_KEY } from '../../shared/policy-storage';
import { handleEvents } from '../handle-events';
import { executeCommand } from '../commands/execute';
import { getSession, __forgetCacheForTests } from '../session/session-store';
import { installFakeMeeting, seedSession } from '../test-support/fake-meeting';
import { __forgetPolicyForTests } from '../policy/policy';
import { startShield } from './shield';
import { onKeyboardCommand } from '../keyboard';

const host: Participant = {
  id: 'host',
  name: 'Host',
  role: 'host',
  self: true,
  sharing: false,
  joinedAt: 1,
  present: true,
  previousNames: [],
};

beforeAll(() => startShield());
beforeEach(() => {
  __forgetCacheForTests();
  __forgetPolicyForTests();
});

const events = (...list: MeetingEvent[]) =>
  handleEvents(7, { type: 'content-bg/events', v: PROTOCOL_VERSION, pageId: 'page-1', events: list });
const now = Date.now();
const intruderShares: MeetingEvent[] = [
  {
    kind: 'joined',
    at: now,
    participant: { id: 'x', name: 'Intruder', role: 'participant', self: false, sharing: false },
  },
  { kind: 'share-started', at: now + 3000, participantId: 'x' },
];

describe('Shield mode', () => {
  it('off (the default): a tripwire share alerts and nothing is done', async () => {
    const meeting = installFakeMeeting();
    await seedSession({ participants: { host } });
    await events(...intruderShares);
    await new Promise((r) => setTimeout(r, 50));
    expect(meeting.requests).toEqual([]);
    expect((await getSession(7))?.alerts.map((a) => a.kind)).toContain('fresh-joiner-sharing');
  });

  it('on: stops the share and disables sharing, verified, logged with the rule, undoable', async () => {
    const meeting = installFakeMeeting({}, ['x']);
    await seedSession({ participants: { host }, settings: { shareAllowed: true, locked: false } });
    await executeCommand(7, { kind: 'shield', on: true }, 'panel');
    await events(...intruderShares);
    await vi.waitFor(() => expect(meeting.requests.map((r) => r.id)).toEqual(['stop-share', 'set-settings']));
    expect(meeting.sharing.has('x')).toBe(false);
    expect(meeting.settings.shareAllowed).toBe(false);

    const session = await vi.waitFor(async () => {
      const s = (await getSession(7))!;
      expect(s.actions.some((a) => a.step === 'setting:shareAllowed')).toBe(true);
      return s;
    });
    const auto = session.actions.filter((a) => a.origin === 'rule');
    expect(auto.map((a) => [a.step, a.result.ok, a.trigger?.alertKind])).toEqual([
      ['stop-share', true, 'fresh-joiner-sharing'],
      ['set-settings', true, 'fresh-joiner-sharing'],
      ['setting:shareAllowed', true, 'fresh-joiner-sharing'],
    ]);
    const change = auto.find((a) => a.step === 'set-settings')!;
    expect(change.undo).toEqual({ kind: 'set-settings', changes: { shareAllowed: true } });

    const undone = await executeCommand(7, { kind: 'undo', actionId: change.id }, 'panel');
    expect(undone.ok).toBe(true);
    expect(meeting.settings.shareAllowed).toBe(true);
    const after = (await getSession(7))!;
    const original = after.actions.find((a) => a.id === change.id)!;
    const reversal = after.actions.find((a) => a.id === original.undoneBy)!;
    expect(reversal).toMatchObject({ hostAction: 'undo', reverses: change.id, origin: 'panel' });
    expect(reversal.undo).toBeUndefined();
    const again = await executeCommand(7, { kind: 'undo', actionId: change.id }, 'panel');
    expect(again.ok).toBe(false);
  });

  it('a burst ends locked; actions the host switched off are not taken', async () => {
    await fakeBrowser.storage.local.set({ [SHIELD_SETTINGS_KEY]: { disableSharingAfterAlert: false } });
    const meeting = installFakeMeeting();
    await seedSession({ participants: { host }, settings: { locked: false }, shield: { on: true, changedAt: 1 } });
    const raid = Array.from({ length: 6 }, (_, i): MeetingEvent => ({
      kind: 'joined',
      at: now + i * 100,
      participant: { id: `r${i}`, name: `Raider ${i}`, role: 'participant', self: false, sharing: false },
    }));
    await events(...raid);
    await vi.waitFor(() => expect(meeting.settings.locked).toBe(true));
    expect(meeting.requests).toEqual([{ id: 'set-settings', changes: { locked: true } }]);
    await fakeBrowser.storage.local.remove(SHIELD_SETTINGS_KEY);
  });

  it('the toggle-shield shortcut switches Shield for the meeting, and is logged as the host’s', async () => {
    installFakeMeeting();
    await seedSession({ participants: { host } });
    await onKeyboardCommand('toggle-shield', { id: 7 });
    expect((await getSession(7))?.shield?.on).toBe(true);
    await onKeyboardCommand('toggle-shield', { id: 7 });
    const session = (await getSession(7))!;
    expect(session.shield?.on).toBe(false);
    expect(session.actions.map((a) => [a.step, a.origin])).toEqual([
      ['shield:on', 'shortcut'],
      ['shield:off', 'shortcut'],
    ]);
  });

  it('a raid in several batches: a setting already on its way is not asked for again', async () => {
    const meeting = installFakeMeeting();
    await seedSession({
      participants: { host },
      settings: { locked: false, shareAllowed: true },
      shield: { on: true, changedAt: 1 },
    });
    const joiner = (i: number, name = `Raider ${i}`): MeetingEvent => ({
      kind: 'joined',
      at: now + i * 100,
      participant: { id: `r${i}`, name, role: 'participant', self: false, sharing: false },
    });
    // The burst asks to lock and close sharing; the next batch's hostile name would close sharing again.
    await events(...[0, 1, 2, 3, 4].map((i) => joiner(i)));
    await events(joiner(5, 'badword fuck'));
    await vi.waitFor(() => expect(meeting.settings).toMatchObject({ locked: true, shareAllowed: false }));
    await new Promise((r) => setTimeout(r, 50));
    expect(meeting.requests).toEqual([{ id: 'set-settings', changes: { shareAllowed: false, locked: true } }]);
  });
});
