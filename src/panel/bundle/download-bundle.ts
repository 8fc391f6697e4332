import { forbidsImages } from '../../shared/model/report';
import { buildEvidenceBundle } from '../../shared/evidence/bundle';
import { bundleLabelsFrom } from '../../shared/evidence/bundle-labels';
import { withBytes } from '../../shared/evidence/evidence-read';
import { readOutboxReport } from './read-outbox-report';
import { saveFile } from './save-file';

export type BundleResult = { ok: true; meetingId: string } | { ok: false; reason: string };

/**
 * The evidence bundle of one queued report, built in the panel from the two databases and saved
 * as `hostguard-<date>-<category>.zip`. A report of sexual content involving minors never gets an
 * image, whatever the databases hold.
 */
export async function downloadBundle(
  key: string,
  getMessage: (key: string, substitutions?: string[]) => string,
  language: string,
): Promise<BundleResult> {
  const report = await readOutboxReport(key);
  if (!report) return { ok: false, reason: 'this report is no longer in the outbox' };
  const items = await withBytes(report.evidence.entries, { images: !forbidsImages(report.category) });
  const zip = buildEvidenceBundle({ report, items, labels: bundleLabelsFrom((k) => getMessage(k)), language });
  const date = new Date(report.createdAt).toISOString().slice(0, 10);
  saveFile(zip as Uint8Array<ArrayBuffer>, `hostguard-${date}-${report.category}.zip`, 'application/zip');
  return { ok: true, meetingId: report.meeting.id };
}
