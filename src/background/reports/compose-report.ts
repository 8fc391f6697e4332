import type { Alert } from '../../shared/model/alert';
import type { ReportDraft } from '../../shared/model/report-draft';
import type { MeetingSession } from '../../shared/model/session';
import { WIRE_LIMITS, type EvidenceEntry, type WireReport } from '../../shared/report-wire/schema';

export interface MeetingEvidence {
  entries: EvidenceEntry[];
  chainHead: string;
}

export interface ClientInfo {
  version: string;
  browser: string;
}

const inWindow = (at: number, window: ReportDraft['window']) => at >= window.from && at <= window.to;

/** An alert's reason in plain words for the safety desk: its kind and its values, never HTML. */
export function alertReason(alert: Alert): string {
  const values = Object.entries(alert.values ?? {}).map(([key, value]) => `${key}: ${value}`);
  return [alert.kind.replace(/-/g, ' '), ...values].join('; ').slice(0, 2_000);
}

/**
 * The wire report (schema hostguard.report/1) for a draft: names are read from the session,
 * raw and byte-exact; alerts and actions are those inside the window; the evidence is the whole
 * meeting chain, so the receiver can verify it.
 */
export function composeReport(
  session: MeetingSession,
  draft: ReportDraft,
  evidence: MeetingEvidence,
  client: ClientInfo,
  idempotencyKey: string,
  now: number,
): WireReport {
  const participants = draft.participantIds
    .map((id) => session.participants[id])
    .filter((p) => p !== undefined)
    .slice(0, WIRE_LIMITS.participants)
    .map((p) => ({ id: p.id, name: p.name, role: p.role }));
  const alerts = session.alerts
    .filter((alert) => inWindow(alert.at, draft.window))
    .slice(-WIRE_LIMITS.alerts)
    .map((alert) => ({ at: alert.at, kind: alert.kind, reason: alertReason(alert) }));
  const actions = session.actions
    .filter((record) => inWindow(record.at, draft.window))
    .slice(-WIRE_LIMITS.actions)
    .map((record) => ({
      at: record.at,
      action: record.hostAction,
      step: record.step,
      origin: record.origin,
      ok: record.result.ok,
      detail: record.result.detail,
    }));
  return {
    idempotencyKey,
    createdAt: now,
    category: draft.category,
    note: draft.note,
    meeting: { id: session.id, platform: session.platform, title: session.title },
    window: { from: Math.floor(draft.window.from), to: Math.floor(draft.window.to) },
    participants,
    alerts,
    actions,
    evidence: { chainHead: evidence.chainHead, entries: evidence.entries },
    client,
  };
}
