import { afterEach, describe, expect, it } from 'vitest';
import {
  $,
  hostClicks,
  menuItem,
  mountPractice,
  record,
  settled,
  type PracticePage,
  type Recorder,
  moreOf,
} from './practice.fixture';

let page: PracticePage | undefined;
let recorder: Recorder | undefined;
afterEach(() => {
  recorder?.stop();
  page?.unmount();
});

describe('practice adapter: observing the meeting', () => {
  it('emits the roster first, roles read from the role label, then the lock state', async () => {
    page = mountPractice();
    recorder = record();
    const roster = await recorder.next('roster');
    expect(recorder.kinds()).toEqual(['roster', 'settings']);
    expect(roster.participants.map((p) => [p.id, p.role, p.self, p.sharing])).toEqual([
      ['p1', 'host', true, false],
      ['p2', 'cohost', false, false],
      ['p3', 'participant', false, false],
      ['p4', 'participant', false, false],
      ['p5', 'participant', false, false],
      ['p6', 'participant', false, false],
    ]);
    expect(recorder.events[1]).toMatchObject({ settings: { locked: false } });
  });

  it('follows a participant through join, share, chat, rename, unshare and leave', async () => {
    page = mountPractice('delay=0', [
      { at: 0, type: 'join', id: 'ada', name: 'Ada' },
      { at: 20, type: 'share-start', id: 'ada' },
      { at: 40, type: 'chat', id: 'ada', text: 'hello' },
      { at: 60, type: 'rename', id: 'ada', to: 'Ada (Host)' },
      { at: 80, type: 'share-stop', id: 'ada' },
      { at: 100, type: 'leave', id: 'ada' },
    ]);
    recorder = record();
    await page.start();
    await recorder.next('left');
    // Under load the player may run several due steps in one tick and one observer pass sees them
    // together; what must hold in any case: each change once, joined first, left last, share in order.
    const kinds = recorder.kinds().slice(2);
    expect([...kinds].sort()).toEqual(['chat', 'joined', 'left', 'renamed', 'share-started', 'share-stopped']);
    expect(kinds[0]).toBe('joined');
    expect(kinds.at(-1)).toBe('left');
    expect(kinds.indexOf('share-started')).toBeLessThan(kinds.indexOf('share-stopped'));
    const of = <K extends string>(kind: K) => recorder!.events.find((e) => e.kind === kind);
    expect(of('joined')).toMatchObject({ participant: { id: 'ada', name: 'Ada', role: 'participant', self: false } });
    expect(of('chat')).toMatchObject({ messageId: 'm1', participantId: 'ada', name: 'Ada', text: 'hello' });
    // Renaming to "(Host)" changes the name only: no role-changed.
    expect(of('renamed')).toMatchObject({ participantId: 'ada', from: 'Ada', to: 'Ada (Host)' });
    expect(kinds).not.toContain('role-changed');
  });

  it('a share that replaces another emits share-stopped then share-started', async () => {
    page = mountPractice('delay=0', [
      { at: 0, type: 'share-start', id: 'p3' },
      { at: 30, type: 'share-start', id: 'p4' },
    ]);
    recorder = record();
    await page.start();
    await recorder.next('share-started', (e) => e.participantId === 'p4');
    expect(
      recorder.events
        .filter((e) => e.kind.startsWith('share'))
        .map((e) => [e.kind, 'participantId' in e && e.participantId]),
    ).toEqual([
      ['share-started', 'p3'],
      ['share-stopped', 'p3'],
      ['share-started', 'p4'],
    ]);
  });

  it('emits settings {locked} whenever the lock indicator changes', async () => {
    page = mountPractice('delay=0');
    recorder = record();
    await recorder.next('roster');
    const locked = recorder.nextNew('settings', (e) => e.settings.locked === true);
    await hostClicks('#pm-security-button', menuItem('Lock meeting'));
    await locked;
    const unlocked = recorder.nextNew('settings', (e) => e.settings.locked === false);
    await hostClicks(menuItem('Lock meeting'));
    await unlocked;
    expect(recorder.events.filter((e) => e.kind === 'settings')).toHaveLength(3);
  });

  it('emits role-changed when the host makes someone co-host', async () => {
    page = mountPractice('delay=0');
    recorder = record();
    await hostClicks(moreOf('p6'), menuItem('Make co-host'));
    expect(await recorder.next('role-changed')).toMatchObject({ participantId: 'p6', role: 'cohost' });
    await settled();
    expect(recorder.kinds().filter((k) => k !== 'roster' && k !== 'settings')).toEqual(['role-changed']);
  });

  it('a closed participants panel emits no leaves; reopening catches up', async () => {
    page = mountPractice('delay=0', [
      { at: 0, type: 'join', id: 'new', name: 'Newcomer' },
      { at: 0, type: 'leave', id: 'p6' },
    ]);
    recorder = record();
    await recorder.next('roster');
    await hostClicks('#pm-participants-button');
    await page.start();
    await hostClicks(() => (page!.log().some((e) => e.type === 'left') ? $('#pm-title') : null));
    await settled();
    expect(recorder.kinds()).toEqual(['roster', 'settings']);
    await hostClicks('#pm-participants-button');
    await recorder.next('left');
    expect(recorder.kinds().slice(2).sort()).toEqual(['joined', 'left']);
    expect(recorder.events.find((e) => e.kind === 'left')).toMatchObject({ participantId: 'p6' });
  });

  it('after abort, the observer is gone: later changes emit nothing', async () => {
    page = mountPractice('delay=0', [{ type: 'join', id: 'late', name: 'Late' }]);
    recorder = record();
    await recorder.next('roster');
    recorder.stop();
    const seen = recorder.events.length;
    await page.start();
    await hostClicks(() => $('[data-participant-id="late"]') && $('#pm-title'));
    await settled();
    expect(recorder.events).toHaveLength(seen);
  });
});
