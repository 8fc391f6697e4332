import { beforeEach, describe, expect, it } from 'vitest';
import { T0 } from '../testing/fixtures';
import { buildEntries } from './entries';
import { exportFileName, toJson, toLogExport, type LogExport } from './json';
import { HOSTILE_NAMES, moderatedSession, useEnglish } from './log-fixtures';
import { buildTotals } from './totals';

beforeEach(useEnglish);

const NOW = T0 + 3_600_000;

describe('toLogExport', () => {
  it('is versioned and names the meeting, with ISO times', () => {
    const s = moderatedSession();
    const log = toLogExport(s, buildEntries(s), NOW);
    expect(log.format).toBe('hostguard-moderation-log');
    expect(log.version).toBe(1);
    expect(log.meeting).toEqual({
      id: s.id,
      platform: 'zoom',
      title: 'Weekly class',
      startedAt: new Date(T0).toISOString(),
    });
    expect(log.exportedAt).toBe(new Date(NOW).toISOString());
    expect(log.totals).toEqual(buildTotals(buildEntries(s)));
  });

  it('carries every entry with its time as ISO 8601 and names raw', () => {
    const s = moderatedSession();
    const log = toLogExport(s, buildEntries(s), NOW);
    expect(log.entries.map((e) => e.at)).toEqual(s.actions.map((a) => new Date(a.at).toISOString()));
    expect(log.entries[0]!.target).toEqual({ id: 'p1', name: HOSTILE_NAMES.hyperlink });
    expect(log.entries[5]!.target!.name).toBe(HOSTILE_NAMES.quoted);
  });
});

describe('toJson', () => {
  it('round-trips: parsing the text gives the export back, control characters included', () => {
    const s = moderatedSession();
    s.participants.p1!.name = HOSTILE_NAMES.rtl + HOSTILE_NAMES.tab;
    const entries = buildEntries(s);
    const parsed = JSON.parse(toJson(s, entries, NOW)) as LogExport;
    expect(parsed).toEqual(toLogExport(s, entries, NOW));
    expect(parsed.entries[0]!.target!.name).toBe('Ali\u202Eec\u200Bnaz\t=1');
  });
});

describe('exportFileName', () => {
  it('is hostguard-log-<platform>-<local date>.<ext>', () => {
    const local = new Date(2026, 10, 23, 23, 59).getTime();
    expect(exportFileName('zoom', local, 'csv')).toBe('hostguard-log-zoom-2026-11-23.csv');
    expect(exportFileName('meet', local, 'json')).toBe('hostguard-log-meet-2026-11-23.json');
  });

  it('keeps a strange platform id from making a path', () => {
    expect(exportFileName('../x y', new Date(2026, 0, 5).getTime(), 'csv')).toBe('hostguard-log-___x_y-2026-01-05.csv');
  });
});
