import type { ActionResult } from '../../shared/model/action';
import type { FileReportReply, ReportDraft } from '../../shared/model/report-draft';
import type { ActionOrigin } from '../../shared/model/session';
import type { CommandOutcome } from '../../shared/protocol/messages';
import { newRecord, recordSteps } from '../commands/record-step';
import { getSession } from '../session/session-store';
import { fileSessionReport } from './file-report';
import { incidentDraft } from './incident-draft';

const result = (ok: boolean, detail: string, started: number): ActionResult => ({
  ok,
  ms: Date.now() - started,
  code: ok ? 'done' : 'target-missing',
  detail,
});

/**
 * Files a report and logs it in the moderation log as the host's action: "queued in the outbox",
 * or why nothing was filed. The record's result is the outbox's own answer.
 */
export async function fileLoggedReport(
  tabId: number,
  draft: ReportDraft | undefined,
  origin: ActionOrigin,
): Promise<{ reply: FileReportReply; outcome: CommandOutcome }> {
  const started = Date.now();
  const session = await getSession(tabId);
  const context = { tabId, hostAction: 'report', origin };
  if (!session || !draft) {
    const detail = session ? 'no incident to report: no threat alert in this meeting yet' : 'no meeting';
    const record = newRecord(context, 'queued', result(false, detail, started));
    if (session) await recordSteps(tabId, [record]);
    return { reply: { ok: false, reason: detail }, outcome: { ok: false, steps: [record] } };
  }
  const reply = await fileSessionReport(session, draft);
  const detail = reply.ok ? `report queued in the outbox (${draft.category}, key ${reply.key})` : reply.reason;
  const record = newRecord(context, 'queued', result(reply.ok, detail, started), draft.participantIds[0]);
  await recordSteps(tabId, [record]);
  return { reply, outcome: { ok: reply.ok, steps: [record] } };
}

/** The "file report" shortcut: the current incident, reported without opening the panel. */
export async function fileIncidentReport(tabId: number): Promise<CommandOutcome> {
  const session = await getSession(tabId);
  const { outcome } = await fileLoggedReport(tabId, session && incidentDraft(session, Date.now()), 'shortcut');
  return outcome;
}
