import type { HostCommand } from '../../shared/actions';
import type { Report } from '../../shared/model/report';
import type { MeetingSession } from '../../shared/model/session';
import type { CommandOutcome } from '../../shared/protocol/messages';
import { markRemoved } from '../session/session-store';
import { addReport } from '../reports/report-store';
import type { StepContext } from './record-step';
import { runStep } from './run-step';

type Eject = Extract<HostCommand, { kind: 'eject' }>;
type ReportCommand = Extract<HostCommand, { kind: 'report' }>;

export async function runEject(context: StepContext, command: Eject): Promise<CommandOutcome> {
  const { participantId, blockRejoin } = command;
  const record = await runStep(context, 'remove', { id: 'remove', participantId, blockRejoin });
  // Remembered so a rejoin under a look-alike name is flagged.
  if (record.result.ok) await markRemoved(context.tabId, participantId, record.at);
  return { ok: record.result.ok, steps: [record] };
}

/**
 * Opens the platform's own report dialog, prefilled; the host confirms it in the page. The
 * report is queued first, so even a dialog that fails to open leaves a record of the intent.
 */
export async function runReport(
  context: StepContext,
  session: MeetingSession,
  command: ReportCommand,
): Promise<CommandOutcome> {
  const { participantId, category, description, alsoRemove } = command;
  const now = Date.now();
  const report: Report = {
    id: crypto.randomUUID(),
    tabId: context.tabId,
    platform: session.platform,
    createdAt: now,
    updatedAt: now,
    participantId,
    participantName: session.participants[participantId]?.name ?? '',
    category,
    description,
    alsoRemove,
    status: 'prefilled',
    detail: 'waiting for the host to confirm the dialog in the meeting',
  };
  const record = await runStep(context, 'report', { id: 'report', participantId, category, description, alsoRemove });
  const opened = record.result.ok;
  await addReport(opened ? report : { ...report, status: 'failed', detail: record.result.detail });
  return { ok: opened, steps: [record] };
}
