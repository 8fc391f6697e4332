// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memorySession } from '../test-support/session';
import { __forgetAlertSnapshotsForTests, snapshotOnAlert } from './alert-snapshots';
import { snapshotMeeting } from './snapshots';

vi.mock('./snapshots', () => ({ snapshotMeeting: vi.fn(async () => []) }));
const snapshot = vi.mocked(snapshotMeeting);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  snapshot.mockClear();
});
afterEach(() => {
  __forgetAlertSnapshotsForTests();
  vi.useRealTimers();
});

describe('snapshotOnAlert', () => {
  it('a raid of 50 alerts in 10 s makes 3 snapshots, the last with the meeting as it ended up', () => {
    let session = memorySession({ title: 'first' });
    for (let n = 0; n < 50; n++) {
      session = { ...session, title: `after alert ${n}` };
      snapshotOnAlert(session.id, () => session, Date.now());
      vi.advanceTimersByTime(200);
    }
    vi.advanceTimersByTime(5_000);
    expect(snapshot).toHaveBeenCalledTimes(3);
    expect(snapshot.mock.calls.map(([s, reason]) => [s.title, reason])).toEqual([
      ['after alert 0', 'alert'],
      ['after alert 24', 'alert'],
      ['after alert 49', 'alert'],
    ]);
  });

  it('meetings are throttled apart', () => {
    const a = memorySession();
    const b = memorySession();
    snapshotOnAlert(a.id, () => a, Date.now());
    snapshotOnAlert(b.id, () => b, Date.now());
    expect(snapshot).toHaveBeenCalledTimes(2);
  });
});
