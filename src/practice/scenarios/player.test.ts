import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testMeeting } from '../model/test-meeting';
import { createScenarioPlayer } from './player';
import type { Step } from './steps';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function play(steps: Step[]) {
  const meeting = testMeeting();
  const player = createScenarioPlayer(steps, meeting.remote, meeting.log);
  const finished = vi.fn();
  player.start(finished);
  return { ...meeting, player, finished };
}

const REJOIN: Step[] = [
  { at: 0, type: 'rejoin-after-removal', id: 'intruder', name: 'N\u0430than', after: 1_000 },
  { at: 500, type: 'join', id: 'intruder', name: 'Nathan' },
];

describe('scenario player', () => {
  it('runs each step at its offset, logs it, and reports when done', () => {
    const { core, types, finished } = play([
      { at: 1_000, type: 'join', id: 'a', name: 'A' },
      { at: 2_500, type: 'share-start', id: 'a' },
    ]);
    vi.advanceTimersByTime(999);
    expect(core.find('a')).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(core.find('a')).toBeDefined();
    vi.advanceTimersByTime(1_500);
    expect(core.get().sharerId).toBe('a');
    expect(finished).toHaveBeenCalledOnce();
    expect(types()).toEqual([
      'scenario-started',
      'step:join',
      'joined',
      'step:share-start',
      'share-started',
      'scenario-finished',
    ]);
  });

  it('follows a handle to the row id the client gave it', () => {
    const { core } = play([
      { at: 0, type: 'join', id: 'p3', name: 'Clone of James' },
      { at: 10, type: 'rename', id: 'p3', to: 'Renamed clone' },
    ]);
    vi.advanceTimersByTime(10);
    expect(core.find('p7')?.name).toBe('Renamed clone');
    expect(core.find('p3')?.name).toBe("James O'Connor");
  });

  it('rejoin: comes back 1 s after removal under the look-alike name when not blocked', () => {
    const { core, host, log } = play(REJOIN);
    vi.advanceTimersByTime(500);
    host.remove('intruder', false);
    vi.advanceTimersByTime(999);
    expect(core.get().participants.some((p) => p.name === 'N\u0430than')).toBe(false);
    vi.advanceTimersByTime(1);
    expect(core.get().participants.at(-1)?.name).toBe('N\u0430than');
    expect(log.entries().at(-1)).toMatchObject({ type: 'joined', participantId: 'p7' });
  });

  it('rejoin: refused as blocked when the host ticked "Don\'t allow to rejoin"', () => {
    const { core, host, log } = play(REJOIN);
    vi.advanceTimersByTime(500);
    host.remove('intruder', true);
    vi.advanceTimersByTime(1_000);
    expect(core.get().participants).toHaveLength(6);
    expect(log.entries().at(-1)).toMatchObject({ type: 'join-refused', detail: 'blocked' });
  });

  it('rejoin: refused as locked when the meeting is locked', () => {
    const { core, host, log } = play(REJOIN);
    vi.advanceTimersByTime(500);
    host.setSetting('locked', true);
    host.remove('intruder', false);
    vi.advanceTimersByTime(1_000);
    expect(core.get().participants).toHaveLength(6);
    expect(log.entries().at(-1)).toMatchObject({ type: 'join-refused', detail: 'locked' });
  });

  it('stop() cancels pending steps and armed rejoins', () => {
    const { core, host, player } = play([...REJOIN, { at: 5_000, type: 'join', id: 'late', name: 'Late' }]);
    vi.advanceTimersByTime(500);
    host.remove('intruder', false);
    player.stop();
    vi.advanceTimersByTime(10_000);
    expect(core.get().participants).toHaveLength(6);
    expect(vi.getTimerCount()).toBe(0);
  });
});
