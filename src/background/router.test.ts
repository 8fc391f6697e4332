import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { receiveMessage } from './router';
import { envelope } from '../shared/protocol/channel';
import type { MeetingEvent } from '../shared/model/meeting-event';
import type { ParticipantObservation } from '../shared/model/participant';
import { __forgetCacheForTests, getSession } from './session/session-store';
import { REPORTS_KEY } from '../shared/storage-keys';
import { installFakeMeeting } from './test-support/fake-meeting';
import { executeCommand } from './commands/execute';

const tab = { id: fakeBrowser.runtime.id, origin: 'http://localhost:5000', tab: { id: 7 }, frameId: 0 };
const panel = { id: fakeBrowser.runtime.id, origin: `chrome-extension://${fakeBrowser.runtime.id}` };
const health = { ok: true, parts: { roster: true, stage: true }, checkedAt: 1 };
const hello = envelope('content-bg/hello', {
  pageId: 'p1',
  platform: 'practice',
  title: 'Weekly meeting',
  health,
  capabilities: ['stop-share', 'set-settings', 'remove', 'report', 'suspend'],
  settings: ['shareAllowed', 'locked', 'chatAllowed', 'renameAllowed', 'unmuteAllowed'],
  language: { tag: 'en', readable: true },
});
const obs = (id: string, extra: Partial<ParticipantObservation> = {}): ParticipantObservation => ({
  id,
  name: id,
  role: 'participant',
  self: false,
  sharing: false,
  ...extra,
});
const send = (events: MeetingEvent[], pageId = 'p1') =>
  receiveMessage(envelope('content-bg/events', { pageId, events }), tab);

beforeEach(async () => {
  await __forgetCacheForTests();
  await receiveMessage(hello, tab);
  await send([{ kind: 'roster', at: 1000, participants: [obs('me', { role: 'host', self: true }), obs('ann')] }]);
});

describe('events from a meeting page', () => {
  it('a hello starts the session and focuses it', async () => {
    expect(await getSession(7)).toMatchObject({ platform: 'practice', title: 'Weekly meeting', pageId: 'p1' });
    expect((await fakeBrowser.storage.session.get('focus')).focus).toMatchObject({ tabId: 7 });
  });

  it('a hello whose platform does not fit its origin is refused and counted', async () => {
    const forged = envelope('content-bg/hello', { ...hello, pageId: 'p2', platform: 'zoom' });
    const evil = { ...tab, tab: { id: 8 }, origin: 'https://zoom.us.evil.example' };
    expect(await receiveMessage(forged, evil)).toMatchObject({ ok: false, reason: 'platform-mismatch' });
    expect(await getSession(8)).toBeUndefined();
  });

  it('the initial roster raises no join alerts', async () => {
    const session = await getSession(7);
    expect(Object.keys(session!.participants)).toEqual(['me', 'ann']);
    expect(session!.alerts).toEqual([]);
  });

  it('a join burst raises one critical alert listing every joiner of the raid, and a line per joiner', async () => {
    const joins: MeetingEvent[] = Array.from({ length: 12 }, (_, i) => ({
      kind: 'joined',
      at: 2000 + i * 250,
      participant: obs(`raider${i}`),
    }));
    await send(joins.slice(0, 6));
    await send(joins.slice(6));
    const alerts = (await getSession(7))!.alerts;
    expect(alerts.filter((a) => a.kind === 'joined')).toHaveLength(12);
    // Fires at the 5th join (5 in 10 s) and grows with the raid, in arrival order.
    expect(alerts.filter((a) => a.kind === 'join-burst')).toEqual([
      expect.objectContaining({
        at: 3000,
        severity: 'critical',
        participantIds: joins.map((e) => (e.kind === 'joined' ? e.participant.id : '')),
        values: expect.objectContaining({ count: 12 }),
      }),
    ]);
  });

  it('a fresh joiner sharing is critical; a long-standing co-host sharing is not', async () => {
    await send([
      { kind: 'joined', at: 5000, participant: obs('bomber') },
      { kind: 'share-started', at: 7500, participantId: 'bomber' },
    ]);
    const alert = (await getSession(7))!.alerts.at(-1);
    expect(alert).toMatchObject({ kind: 'fresh-joiner-sharing', severity: 'critical', values: { seconds: 3 } });
    expect((await getSession(7))!.participants.bomber).toMatchObject({ sharing: true, sharingSince: 7500 });
  });

  it('a removed intruder rejoining under a look-alike name is flagged', async () => {
    installFakeMeeting();
    await send([{ kind: 'joined', at: 5000, participant: obs('x1', { name: 'Alex Troll' }) }]);
    await executeCommand(7, { kind: 'eject', participantId: 'x1', blockRejoin: false }, 'panel');
    await send([{ kind: 'left', at: 6000, participantId: 'x1' }]);
    await send([{ kind: 'joined', at: 7000, participant: obs('x2', { name: 'А\u200Blex Troll' }) }]);
    // The zero-width character also raises its own impersonation warning.
    const x2 = (await getSession(7))!.alerts.filter((a) => a.participantId === 'x2');
    expect(x2.map((a) => a.kind)).toEqual(['joined', 'rejoin-after-removal', 'hidden-characters']);
    expect(x2[1]).toMatchObject({
      kind: 'rejoin-after-removal',
      severity: 'critical',
      values: { formerName: 'Alex Troll' },
    });
  });

  it('a chat flood is flagged once, not once per message', async () => {
    const flood: MeetingEvent[] = Array.from({ length: 30 }, (_, i) => ({
      kind: 'chat',
      at: 3000 + i * 100,
      messageId: `m${i}`,
      participantId: 'ann',
      name: 'ann',
      text: 'spam',
    }));
    await send(flood);
    expect((await getSession(7))!.alerts.filter((a) => a.kind === 'chat-flood')).toHaveLength(1);
  });

  it('a renamed participant keeps their former names', async () => {
    await send([{ kind: 'renamed', at: 3000, participantId: 'ann', from: 'ann', to: 'TEST insult' }]);
    const session = await getSession(7);
    expect(session!.participants.ann).toMatchObject({ name: 'TEST insult', previousNames: ['ann'] });
    expect(session!.alerts.at(-1)).toMatchObject({ kind: 'renamed', severity: 'warning' });
  });

  it('an adapter losing sight of the roster is a message to the host', async () => {
    await send([
      { kind: 'health', at: 3000, health: { ok: false, parts: { roster: false, stage: true }, checkedAt: 3000 } },
    ]);
    expect((await getSession(7))!.alerts.at(-1)).toMatchObject({
      kind: 'adapter-unhealthy',
      values: { missing: 'roster' },
    });
  });

  it('events from a page the background does not know ask the page to say hello again', async () => {
    await expect(send([{ kind: 'left', at: 3000, participantId: 'ann' }], 'other-page')).resolves.toEqual({
      ok: false,
      reason: 'hello-needed',
    });
  });

  it('people already present when Hostguard first reads the roster are not a join burst', async () => {
    const present = Array.from({ length: 10 }, (_, i) => obs(`early${i}`));
    await send([{ kind: 'roster', at: 1500, participants: [obs('me', { role: 'host', self: true }), ...present] }]);
    await send([{ kind: 'joined', at: 2000, participant: obs('latecomer') }]);
    expect((await getSession(7))!.alerts.map((a) => a.kind)).toEqual(['joined']);
  });

  it('a report submitted with "also remove" counts as a removal: a look-alike rejoin is flagged', async () => {
    installFakeMeeting();
    await send([{ kind: 'joined', at: 5000, participant: obs('troll', { name: 'Troll' }) }]);
    const report = { kind: 'report' as const, participantId: 'troll', category: 'harassment' as const };
    await executeCommand(7, { ...report, description: '', alsoRemove: true }, 'panel');
    await send([
      { kind: 'report-closed', at: 6000, participantId: 'troll', submitted: true },
      { kind: 'left', at: 6000, participantId: 'troll' },
    ]);
    expect((await getSession(7))!.participants.troll?.removedAt).toBe(6000);
    await send([{ kind: 'joined', at: 7000, participant: obs('troll2', { name: 'Tr\u200Boll' }) }]);
    const troll2 = (await getSession(7))!.alerts.filter((a) => a.participantId === 'troll2').map((a) => a.kind);
    expect(troll2).toContain('rejoin-after-removal');
  });

  it('forged messages are rejected, counted and shown once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (let i = 0; i < 5; i++) await receiveMessage({ ...hello, extra: i }, tab);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const session = await getSession(7);
    expect(session!.rejected).toBe(5);
    expect(session!.alerts.filter((a) => a.kind === 'message-rejected')).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(5); // and each is logged for the developer console
    warn.mockRestore();
  });

  it('the panel can command; a meeting page cannot', async () => {
    installFakeMeeting();
    const command = envelope('panel-bg/command', { tabId: 7, command: { kind: 'lock' } });
    await expect(receiveMessage(command, tab)).resolves.toMatchObject({ ok: false, reason: 'sender not allowed' });
    await expect(receiveMessage(command, panel)).resolves.toMatchObject({ ok: true });
  });

  it('a report waits for the host, then settles when the page says the dialog was submitted', async () => {
    installFakeMeeting();
    await send([{ kind: 'joined', at: 5000, participant: obs('troll') }]);
    const command = {
      kind: 'report' as const,
      participantId: 'troll',
      category: 'sexual' as const,
      description: 'shared offensive content',
      alsoRemove: true,
    };
    await executeCommand(7, command, 'panel');
    const reports = async () => (await fakeBrowser.storage.local.get(REPORTS_KEY))[REPORTS_KEY] as { status: string }[];
    expect((await reports())[0]).toMatchObject({ status: 'prefilled', participantName: 'troll', alsoRemove: true });
    await send([{ kind: 'report-closed', at: 6000, participantId: 'troll', submitted: true }]);
    expect((await reports())[0]).toMatchObject({ status: 'submitted' });
  });
});
