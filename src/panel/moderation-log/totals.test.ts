import { beforeEach, describe, expect, it } from 'vitest';
import { record, sessionWith } from '../testing/fixtures';
import { buildEntries } from './entries';
import { moderatedSession, useEnglish } from './log-fixtures';
import { buildTotals } from './totals';

beforeEach(useEnglish);

describe('buildTotals', () => {
  it('counts steps per action, per actor and rule, per reason, by outcome, and reversals', () => {
    expect(buildTotals(buildEntries(moderatedSession()))).toEqual({
      entries: 6,
      byAction: { 'stop-share': 1, panic: 1, lock: 1, 'set-settings': 1, undo: 1, report: 1 },
      byActor: { panel: 3, 'rule:hostile-name': 1, shortcut: 1, 'rule:join-burst': 1 },
      byReason: { 'host-decision': 4, hate: 1, 'join-burst': 1 },
      outcomes: { ok: 4, failed: 1, waiting: 1 },
      reversals: { reversed: 1, reversing: 1 },
    });
  });

  it('lists each count most frequent first, ties in the order first seen', () => {
    const actions = ['lock', 'panic', 'panic', 'eject', 'panic', 'lock'].map((hostAction, i) =>
      record({ id: String(i), hostAction }),
    );
    const totals = buildTotals(buildEntries(sessionWith([], { actions })));
    expect(Object.entries(totals.byAction)).toEqual([
      ['panic', 3],
      ['lock', 2],
      ['eject', 1],
    ]);
  });

  it('is all zeros for a meeting where nothing was done', () => {
    expect(buildTotals([])).toEqual({
      entries: 0,
      byAction: {},
      byActor: {},
      byReason: {},
      outcomes: { ok: 0, failed: 0, waiting: 0 },
      reversals: { reversed: 0, reversing: 0 },
    });
  });
});
