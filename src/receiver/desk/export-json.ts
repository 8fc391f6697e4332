import type { ReportEvidenceRow, StoredReport } from '../store/store';

/** Everything the desk knows about each report, for another tool or a hand-over to the platform. */
export function renderExportJson(
  reports: readonly StoredReport[],
  evidence: ReadonlyMap<string, readonly ReportEvidenceRow[]>,
  exportedAt: number,
): string {
  return JSON.stringify({
    schema: 'hostguard.desk-export/1',
    exportedAt: new Date(exportedAt).toISOString(),
    reports: reports.map((stored) => ({
      id: stored.id,
      receivedAt: new Date(stored.receivedAt).toISOString(),
      category: stored.category,
      chainStatus: stored.chainStatus,
      bodySha256: stored.bodySha256,
      report: stored.report,
      evidence: (evidence.get(stored.id) ?? []).map(({ seq, sha256, mediaType, attached, held }) => ({
        seq,
        sha256,
        mediaType,
        attached,
        held,
      })),
    })),
  });
}
