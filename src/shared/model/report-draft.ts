import type { ReportCategory } from './report';

/** What the host composed in the panel (or a shortcut derived from the incident) before sending. */
export interface ReportDraft {
  category: ReportCategory;
  /** The people concerned; their raw names are read from the session in the background. */
  participantIds: string[];
  /** The time window the report is about, client clock (ms). */
  window: { from: number; to: number };
  note: string;
  /** Also open the platform's own report dialog about the first participant, prefilled. */
  platformReport: boolean;
}

/** Evidence from before the first alert: the 10 s the ring buffer keeps (issue 11). */
export const EVIDENCE_LEAD_MS = 10_000;

/** What the background answers when the host files a report. */
export type FileReportReply = { ok: true; key: string } | { ok: false; reason: string };
