import type { MeetingSession } from '../../shared/model/session';
import type { LogEntry } from './entries';
import { buildTotals, type LogTotals } from './totals';

export const LOG_FORMAT = 'hostguard-moderation-log';
export const LOG_VERSION = 1;

/** Version 1 of the JSON export. Times are ISO 8601 (UTC); names are raw page text. */
export interface LogExport {
  format: typeof LOG_FORMAT;
  version: typeof LOG_VERSION;
  meeting: { id: string; platform: string; title: string; startedAt: string };
  exportedAt: string;
  entries: (Omit<LogEntry, 'at'> & { at: string })[];
  totals: LogTotals;
}

const iso = (at: number) => new Date(at).toISOString();

export function toLogExport(session: MeetingSession, entries: readonly LogEntry[], now: number): LogExport {
  return {
    format: LOG_FORMAT,
    version: LOG_VERSION,
    meeting: { id: session.id, platform: session.platform, title: session.title, startedAt: iso(session.startedAt) },
    exportedAt: iso(now),
    entries: entries.map((entry) => ({ ...entry, at: iso(entry.at) })),
    totals: buildTotals(entries),
  };
}

export const toJson = (session: MeetingSession, entries: readonly LogEntry[], now: number): string =>
  `${JSON.stringify(toLogExport(session, entries, now), null, 2)}\n`;

/** `hostguard-log-zoom-2026-11-23.csv`, dated in the host's own time zone. */
export function exportFileName(platform: string, now: number, extension: 'csv' | 'json'): string {
  const day = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  const safePlatform = platform.replace(/[^a-z0-9-]/gi, '_');
  return `hostguard-log-${safePlatform}-${date}.${extension}`;
}
