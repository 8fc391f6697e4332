import { browser } from '../../shared/platform/browser';
import { forbidsImages } from '../../shared/model/report';
import type { FileReportReply, ReportDraft } from '../../shared/model/report-draft';
import type { MeetingSession } from '../../shared/model/session';
import { getSession } from '../session/session-store';
import { meetingEvidence } from '../evidence/evidence-store';
import { snapshotMeeting } from '../evidence/snapshots';
import { withholdImages } from '../evidence/child-safety';
import { enqueueReport } from '../outbox/enqueue';
import { configuredDestinations } from './configured-destinations';
import { composeReport, type ClientInfo } from './compose-report';

/**
 * Files a report into the outbox: the draft becomes a wire report with the meeting's evidence
 * chain, committed to IndexedDB before this resolves (so the panel's "queued" is true). A report
 * of sexual content involving minors deletes the meeting's frames first: hashes only.
 */
export async function fileReport(tabId: number, draft: ReportDraft): Promise<FileReportReply> {
  const session = await getSession(tabId);
  if (!session) return { ok: false, reason: 'this meeting is no longer open in Hostguard' };
  return fileSessionReport(session, draft);
}

export async function fileSessionReport(session: MeetingSession, draft: ReportDraft): Promise<FileReportReply> {
  if (forbidsImages(draft.category)) await withholdImages(session.id);
  await snapshotMeeting(session, 'report');
  // The window runs until now at least, so the snapshots just taken go with the report.
  const now = Date.now();
  const window = { from: draft.window.from, to: Math.max(draft.window.to, now) };
  const evidence = await meetingEvidence(session.id, window);
  const key = crypto.randomUUID();
  const report = composeReport(session, { ...draft, window }, evidence, clientInfo(), key, now);
  await enqueueReport(report, { meetingTitle: session.title, destinations: await configuredDestinations() });
  return { ok: true, key };
}

function clientInfo(): ClientInfo {
  const firefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
  return { version: browser.runtime.getManifest().version, browser: firefox ? 'firefox' : 'chrome' };
}
