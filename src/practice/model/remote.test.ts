import { describe, expect, it } from 'vitest';
import { testMeeting } from './test-meeting';

describe('remote participants obey the meeting rules', () => {
  it('join adds the participant last, with a fresh row id when the handle is taken', () => {
    const { core, remote } = testMeeting();
    expect(remote.join({ id: 'mallory', name: 'Mallory' })).toBe('mallory');
    expect(remote.join({ id: 'p3', name: 'Copycat' })).toBe('p7');
    expect(core.get().participants.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'mallory', 'p7']);
  });

  it('a joining co-host is listed with the moderators, after the host', () => {
    const { core, remote } = testMeeting();
    remote.join({ id: 'c2', name: 'Second co-host', role: 'cohost' });
    expect(
      core
        .get()
        .participants.map((p) => p.id)
        .slice(0, 4),
    ).toEqual(['p1', 'p2', 'c2', 'p3']);
  });

  it('refuses joins while locked, and logs why', () => {
    const { core, remote, host, log } = testMeeting();
    host.setSetting('locked', true);
    expect(remote.join({ id: 'x', name: 'Late' })).toBeNull();
    expect(core.find('x')).toBeUndefined();
    expect(log.entries().at(-1)).toMatchObject({ type: 'join-refused', name: 'Late', detail: 'locked' });
  });

  it('refuses a participant share while sharing is off, but not a co-host share', () => {
    const { core, remote, host, types } = testMeeting();
    host.setSetting('shareAllowed', false);
    remote.startShare('p3');
    expect(core.get().sharerId).toBeNull();
    expect(types()).toContain('share-refused');
    remote.startShare('p2');
    expect(core.get().sharerId).toBe('p2');
  });

  it('keeps one share at a time: a new share replaces the current one', () => {
    const { core, remote, log } = testMeeting();
    remote.startShare('p3');
    remote.startShare('p4');
    expect(core.get().sharerId).toBe('p4');
    const shares = log.entries().filter((e) => e.type.startsWith('share-'));
    expect(shares.map((e) => [e.type, e.participantId, e.detail])).toEqual([
      ['share-started', 'p3', undefined],
      ['share-stopped', 'p3', 'replaced'],
      ['share-started', 'p4', undefined],
    ]);
  });

  it('refuses chat and renames while they are off', () => {
    const { core, remote, host, types } = testMeeting();
    host.setSetting('chatAllowed', false);
    host.setSetting('renameAllowed', false);
    remote.chat('p3', 'hello');
    remote.rename('p3', 'TEST insult');
    expect(core.get().chat).toEqual([]);
    expect(core.find('p3')?.name).toBe("James O'Connor");
    expect(types()).toEqual(expect.arrayContaining(['chat-refused', 'rename-refused']));
  });

  it('renames and chats when allowed, logging the former name and the text', () => {
    const { core, remote, log } = testMeeting();
    remote.rename('p4', 'Sophie L.');
    remote.chat('p4', 'bonjour');
    expect(log.entries().find((e) => e.type === 'renamed')).toMatchObject({
      from: 'Sophie Lefèvre',
      name: 'Sophie L.',
    });
    expect(core.get().chat).toEqual([{ id: 'm1', senderId: 'p4', name: 'Sophie L.', text: 'bonjour' }]);
  });

  it('a participant who leaves while sharing stops their share', () => {
    const { core, remote, types } = testMeeting();
    remote.startShare('p5');
    remote.leave('p5');
    expect(core.get().sharerId).toBeNull();
    expect(types().slice(-2)).toEqual(['share-stopped', 'left']);
  });

  it('ignores steps about someone who is not in the meeting', () => {
    const { remote, types } = testMeeting();
    remote.startShare('ghost');
    remote.chat('ghost', 'boo');
    remote.leave('ghost');
    expect(types()).toEqual([]);
  });
});
