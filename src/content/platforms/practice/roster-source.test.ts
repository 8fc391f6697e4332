import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { createRosterTracker } from '../../kit/roster-tracker';
import { practiceRoster } from './sources';
import { hostClicks, menuItem, mountPractice, settled, type PracticePage } from './practice.fixture';

let page: PracticePage | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  page?.unmount();
});

const ROWS = 2_000;
const joins = Array.from({ length: ROWS }, (_, i) => ({ at: 0, type: 'join', id: `j${i}`, name: `Joiner ${i}` }));

/** Runs `change` and returns the mutation records it caused. */
async function recordsOf(change: () => Promise<void>): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
  await change();
  await settled();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

describe('roster tracker at scale', () => {
  it(`reads ${ROWS + 6} rows once, then re-reads only the rows a mutation touched`, async () => {
    page = mountPractice('delay=0&autostart=1', joins);
    await hostClicks(
      () => document.querySelector(`[data-participant-id="j${ROWS - 1}"]`) && document.querySelector('#pm-title'),
    );
    const events: MeetingEvent[] = [];
    const tracker = createRosterTracker(practiceRoster, (event) => events.push(event));
    tracker.update(document, null, null, 1);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'roster' });
    expect(events[0]?.kind === 'roster' && events[0].participants.length).toBe(ROWS + 6);

    const records = await recordsOf(() =>
      hostClicks(`[data-participant-id="j${ROWS - 1}"] button[aria-label="More options"]`, menuItem('Make co-host')),
    );
    const reads = vi.spyOn(Element.prototype, 'querySelector');
    const started = performance.now();
    tracker.update(document, records, null, 2);
    const ms = performance.now() - started;
    // (read before mockRestore, which clears the call history)
    const readCount = reads.mock.calls.length;
    reads.mockRestore();

    expect(events.slice(1)).toEqual([{ kind: 'role-changed', at: 2, participantId: `j${ROWS - 1}`, role: 'cohost' }]);
    // A full read would query each of the 2,006 rows; the incremental pass reads the moved row only.
    expect(readCount).toBeGreaterThan(0);
    expect(readCount).toBeLessThan(10);
    expect(ms).toBeLessThan(100);
  });
});
