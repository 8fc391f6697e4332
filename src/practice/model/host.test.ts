import { describe, expect, it } from 'vitest';
import { testMeeting } from './test-meeting';
import type { Settings } from './types';

/** What "Suspend participant activities" leaves: everything closed, door locked. */
const PRACTICE_PANIC: Settings = {
  locked: true,
  shareAllowed: false,
  chatAllowed: false,
  renameAllowed: false,
  unmuteAllowed: false,
};

describe('host controls', () => {
  it('suspend stops the participant share, mutes everyone but the host, closes activities and locks', () => {
    const { core, remote, host, types } = testMeeting();
    remote.startShare('p3');
    host.suspend();
    const state = core.get();
    expect(state.sharerId).toBeNull();
    expect(state.settings).toEqual(PRACTICE_PANIC);
    expect(state.suspended).toBe(true);
    expect(state.participants.filter((p) => !p.self).every((p) => p.muted)).toBe(true);
    expect(state.participants.find((p) => p.self)?.muted).toBe(false);
    expect(types()).toEqual(['share-started', 'share-stopped', 'suspended', 'locked']);
  });

  it('the suspension ends when any suspended activity is re-enabled, not when unlocking', () => {
    const { core, host, types } = testMeeting();
    host.suspend();
    host.setSetting('locked', false);
    expect(core.get().suspended).toBe(true);
    host.setSetting('chatAllowed', true);
    expect(core.get().suspended).toBe(false);
    expect(types()).toContain('suspension-ended');
  });

  it('remove with "Don\'t allow to rejoin" blocks the device, whatever name it comes back under', () => {
    const { remote, host, log } = testMeeting();
    remote.join({ id: 'troll', name: 'Troll' });
    host.remove('troll', true);
    expect(remote.join({ device: 'troll', name: 'Tr\u200Boll' })).toBeNull();
    expect(log.entries().at(-1)).toMatchObject({ type: 'join-refused', detail: 'blocked' });
  });

  it('remove without blocking lets them back in under a new row id', () => {
    const { remote, host } = testMeeting();
    remote.join({ id: 'troll', name: 'Troll' });
    host.remove('troll', false);
    expect(remote.join({ device: 'troll', name: 'Troll again' })).toBe('p7');
  });

  it('never removes the host themself', () => {
    const { core, host } = testMeeting();
    host.remove('p1', true);
    expect(core.find('p1')).toBeDefined();
  });

  it('mute all mutes everyone else, mutes new joiners, and may close unmuting', () => {
    const { core, remote, host } = testMeeting();
    host.muteAll(false);
    remote.join({ id: 'new', name: 'Newcomer' });
    expect(
      core
        .get()
        .participants.filter((p) => !p.self)
        .every((p) => p.muted),
    ).toBe(true);
    expect(core.get().settings.unmuteAllowed).toBe(false);
  });

  it('a submitted report is logged with its category and may remove and block the person', () => {
    const { core, remote, host, log } = testMeeting();
    remote.join({ id: 'bad', name: 'Bad actor' });
    host.report('bad', 'harassment', 'slurs in chat', true);
    expect(log.entries().find((e) => e.type === 'report-submitted')).toMatchObject({
      participantId: 'bad',
      detail: 'harassment',
      text: 'slurs in chat',
    });
    expect(core.find('bad')).toBeUndefined();
    expect(core.blockedDevices.has('bad')).toBe(true);
  });

  it('making a co-host moves the row up and logs the role change', () => {
    const { core, host, log } = testMeeting();
    host.setCohost('p6', true);
    expect(
      core
        .get()
        .participants.map((p) => p.id)
        .slice(0, 3),
    ).toEqual(['p1', 'p2', 'p6']);
    expect(log.entries().at(-1)).toMatchObject({ type: 'role-changed', participantId: 'p6', detail: 'cohost' });
  });
});
