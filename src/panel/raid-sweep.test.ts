import { describe, expect, it } from 'vitest';
import type { Mark } from '../shared/model/participant';
import { alert, participant, sessionWith, T0 } from './testing/fixtures';
import { chosenIds, RECENT_BURST_MS, recentBurst, sweepCandidates } from './raid-sweep';

const unknown: Mark = { at: T0, alertId: 'u', alertKind: 'unexpected-joiner' };
const burst = (ids: string[], overrides: Parameters<typeof alert>[0] = { id: 'b1' }) =>
  alert({ kind: 'join-burst', severity: 'critical', participantIds: ids, ...overrides });
const ids = (people: { id: string }[]) => people.map((p) => p.id);

describe('sweepCandidates', () => {
  it("keeps the burst's present joiners, oldest first, and drops self, hosts, co-hosts and leavers", () => {
    const session = sessionWith([
      participant({ id: 'r1' }),
      participant({ id: 'me', self: true }),
      participant({ id: 'host', role: 'host' }),
      participant({ id: 'co', role: 'cohost' }),
      participant({ id: 'gone', present: false, leftAt: T0 + 5 }),
      participant({ id: 'r2' }),
      participant({ id: 'bystander' }),
    ]);
    const b = burst(['r2', 'me', 'host', 'co', 'gone', 'r1', 'not-in-roster']);
    expect(ids(sweepCandidates(session, b))).toEqual(['r2', 'r1']);
  });

  it('lists each joiner once, even if the alert names them twice', () => {
    const session = sessionWith([participant({ id: 'r1' }), participant({ id: 'r2' })]);
    expect(ids(sweepCandidates(session, burst(['r1', 'r2', 'r1'])))).toEqual(['r1', 'r2']);
  });

  it('with an expected-attendee list in force (someone marked unknown), leaves out the unmarked joiners', () => {
    const session = sessionWith([
      participant({ id: 'raider', marks: { unknown } }),
      participant({ id: 'student', name: 'Paul Martin' }),
      participant({ id: 'raider2', marks: { unknown, flagged: unknown } }),
    ]);
    expect(ids(sweepCandidates(session, burst(['raider', 'student', 'raider2'])))).toEqual(['raider', 'raider2']);
  });

  it('with no unknown mark (no list, or everyone matched), offers every joiner: the background re-checks', () => {
    const session = sessionWith([participant({ id: 'a' }), participant({ id: 'b', marks: { flagged: unknown } })]);
    expect(ids(sweepCandidates(session, burst(['a', 'b'])))).toEqual(['a', 'b']);
  });

  it('never offers a moderator, even one marked unknown', () => {
    const session = sessionWith([
      participant({ id: 'co', role: 'cohost', marks: { unknown } }),
      participant({ id: 'r', marks: { unknown } }),
    ]);
    expect(ids(sweepCandidates(session, burst(['co', 'r'])))).toEqual(['r']);
  });

  it('is empty for an alert without joiners', () => {
    expect(sweepCandidates(sessionWith([participant({ id: 'a' })]), burst([]))).toEqual([]);
  });
});

describe('recentBurst', () => {
  const now = T0 + 60_000;

  it('is the newest join-burst alert, not an older one', () => {
    const session = sessionWith([], {
      alerts: [burst(['a'], { id: 'old', at: T0 - 1000 }), alert({ id: 'j' }), burst(['b'], { id: 'new', at: T0 })],
    });
    expect(recentBurst(session, now)?.id).toBe('new');
  });

  it('is none once the newest burst is older than ten minutes', () => {
    const session = sessionWith([], { alerts: [burst(['a'], { id: 'b', at: T0 })] });
    expect(recentBurst(session, T0 + RECENT_BURST_MS)?.id).toBe('b');
    expect(recentBurst(session, T0 + RECENT_BURST_MS + 1)).toBeUndefined();
  });

  it("counts from the burst's last join while the raid kept arriving", () => {
    const growing = burst(['a', 'b'], { id: 'b', at: T0, values: { count: 2, lastJoinAt: T0 + 5 * 60_000 } });
    const session = sessionWith([], { alerts: [growing] });
    expect(recentBurst(session, T0 + 14 * 60_000)?.id).toBe('b');
    expect(recentBurst(session, T0 + 16 * 60_000)).toBeUndefined();
  });

  it('is none without any burst', () => {
    expect(recentBurst(sessionWith([], { alerts: [alert({ id: 'j' })] }), now)).toBeUndefined();
  });
});

describe('chosenIds', () => {
  it('keeps the ticked ids in list order, minus those who left or were promoted since', () => {
    const session = sessionWith([
      participant({ id: 'a' }),
      participant({ id: 'b' }),
      participant({ id: 'c', present: false }),
      participant({ id: 'd', role: 'cohost' }),
      participant({ id: 'e' }),
    ]);
    expect(chosenIds(session, ['e', 'a', 'b', 'c', 'd'], new Set(['b']))).toEqual(['e', 'a']);
  });
});
