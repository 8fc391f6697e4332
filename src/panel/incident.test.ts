import { describe, expect, it } from 'vitest';
import type { Mark } from '../shared/model/participant';
import { FRESH_JOINER_MS, inIncident, INCIDENT_WINDOW_MS, isNewJoiner, riskScore, threatBadges } from './incident';
import { alert, participant, sessionWith, T0 } from './testing/fixtures';

const mark = (alertId: string): Mark => ({ at: T0, alertId, alertKind: 'hostile-name' });
const NOW = T0 + 60 * 60_000;

describe('new joiners', () => {
  it('are present non-moderators seen joining within the fresh-joiner window (120 s by default)', () => {
    expect(FRESH_JOINER_MS).toBe(120_000);
    const joined = (ago: number, extra = {}) =>
      participant({ id: 'x', joinedAt: NOW - ago, arrivedLive: true, ...extra });
    expect(isNewJoiner(joined(119_000), NOW)).toBe(true);
    expect(isNewJoiner(joined(120_000), NOW)).toBe(false);
    expect(isNewJoiner(joined(1_000, { role: 'cohost' }), NOW)).toBe(false);
    expect(isNewJoiner(joined(1_000, { role: 'host' }), NOW)).toBe(false);
    expect(isNewJoiner(joined(1_000, { self: true }), NOW)).toBe(false);
    expect(isNewJoiner(joined(1_000, { present: false }), NOW)).toBe(false);
    // Already in the meeting when Hostguard first read the roster: first seen, not joined.
    expect(isNewJoiner(joined(1_000, { arrivedLive: undefined }), NOW)).toBe(false);
  });
});

describe('threat badges and risk', () => {
  it('lists marks and "new" strongest first, and scores any strong mark above unknown + new', () => {
    const fresh = { joinedAt: NOW - 1_000, arrivedLive: true };
    const everything = participant({
      id: 'a',
      ...fresh,
      marks: { unknown: mark('1'), rejoined: mark('2'), flagged: mark('3'), impersonating: mark('4') },
    });
    expect(threatBadges(everything, NOW)).toEqual(['flagged', 'impersonating', 'rejoined', 'unknown', 'new']);
    const flagged = participant({ id: 'f', marks: { flagged: mark('5') } });
    const unknownAndNew = participant({ id: 'u', ...fresh, marks: { unknown: mark('6') } });
    const justNew = participant({ id: 'n', ...fresh });
    const calm = participant({ id: 'c' });
    expect(riskScore(flagged, NOW)).toBeGreaterThan(riskScore(unknownAndNew, NOW));
    expect(riskScore(unknownAndNew, NOW)).toBeGreaterThan(riskScore(justNew, NOW));
    expect(riskScore(justNew, NOW)).toBeGreaterThan(riskScore(calm, NOW));
    expect(riskScore(calm, NOW)).toBe(0);
  });
});

describe('inIncident', () => {
  const quiet = sessionWith([participant({ id: 'a' })]);

  it('is false in a quiet meeting, and for roster news, health and action alerts however recent', () => {
    expect(inIncident(quiet, NOW)).toBe(false);
    const news = ['joined', 'left', 'renamed', 'share-started', 'adapter-unhealthy', 'action-failed'] as const;
    const alerts = news.map((kind, i) => alert({ id: `n${i}`, kind, at: NOW - 1_000 }));
    expect(inIncident({ ...quiet, alerts }, NOW)).toBe(false);
  });

  it('is true for about five minutes after a threat alert', () => {
    const burst = { ...quiet, alerts: [alert({ id: 'b', kind: 'join-burst', at: NOW - INCIDENT_WINDOW_MS + 1_000 })] };
    expect(inIncident(burst, NOW)).toBe(true);
    expect(inIncident(burst, NOW + 1_000)).toBe(false);
    const tripwire = { ...quiet, alerts: [alert({ id: 't', kind: 'fresh-joiner-sharing', at: NOW - 10_000 })] };
    expect(inIncident(tripwire, NOW)).toBe(true);
  });

  it('is true for five minutes after panic ran, counting from when it finished', () => {
    const panic = (startedAt: number, finishedAt?: number) => ({
      ...quiet,
      panic: { runId: 'r', startedAt, ...(finishedAt === undefined ? {} : { finishedAt }), snapshot: {} },
    });
    expect(inIncident(panic(NOW - 2_000), NOW)).toBe(true);
    expect(inIncident(panic(NOW - INCIDENT_WINDOW_MS - 10_000, NOW - 60_000), NOW)).toBe(true);
    expect(inIncident(panic(NOW - INCIDENT_WINDOW_MS - 10_000, NOW - INCIDENT_WINDOW_MS), NOW)).toBe(false);
  });

  it('is true while anyone present wears a mark, however old, but not for marked people who left', () => {
    const marked = sessionWith([participant({ id: 'a', marks: { unknown: mark('u') } })]);
    expect(inIncident(marked, NOW)).toBe(true);
    const gone = sessionWith([participant({ id: 'a', present: false, marks: { flagged: mark('f') } })]);
    expect(inIncident(gone, NOW)).toBe(false);
    const empty = sessionWith([participant({ id: 'a', marks: {} })]);
    expect(inIncident(empty, NOW)).toBe(false);
  });
});
