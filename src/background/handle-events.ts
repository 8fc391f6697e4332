import type { Message, Ack } from '../shared/protocol/messages';
import type { MeetingEvent } from '../shared/model/meeting-event';
import { markRemoved, updateSession } from './session/session-store';
import { settleReport } from './reports/report-store';
import { draftOf } from './session/apply-event';
import { foldEvent } from './session/fold-event';
import { currentPolicy } from './policy/policy';

/**
 * Folds a batch of adapter events into the tab's session: rules judge each event against the
 * state before it, then it is applied. One storage write per batch.
 */
export async function handleEvents(tabId: number, message: Message<'content-bg/events'>): Promise<Ack> {
  let known = true;
  const { rules: policy } = await currentPolicy();
  await updateSession(tabId, (session) => {
    if (!session || session.pageId !== message.pageId) {
      known = false;
      return undefined;
    }
    const draft = draftOf(session);
    // Rules must see alerts raised earlier in the same batch (a flood arrives as one batch).
    for (const event of message.events) foldEvent(draft, event, policy, () => crypto.randomUUID());
    draft.updatedAt = Date.now();
    return draft;
  });
  if (!known) return { ok: false, reason: 'hello-needed' };
  await settleClosedReports(tabId, message.events);
  return { ok: true };
}

async function settleClosedReports(tabId: number, events: MeetingEvent[]): Promise<void> {
  for (const event of events) {
    if (event.kind !== 'report-closed') continue;
    const status = event.submitted ? 'submitted' : 'cancelled';
    const detail = event.submitted ? 'the host submitted the platform report' : 'the host cancelled the report dialog';
    const report = await settleReport(
      (r) => r.tabId === tabId && r.participantId === event.participantId,
      status,
      detail,
    );
    // The platform removed them with the report: remember it, so a look-alike rejoin is flagged.
    if (report?.status === 'submitted' && report.alsoRemove) await markRemoved(tabId, report.participantId, event.at);
  }
}
