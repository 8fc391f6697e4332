import * as v from 'valibot';
import { verifyChain } from '../../shared/report-wire/chain';
import {
  WireReportSchema,
  describeIssues,
  type WireItemResult,
  type WireReport,
} from '../../shared/report-wire/schema';
import type { ReportStore } from '../store/store';
import { canonicalBody } from './canonical-json';
import { checkEvidence } from './check-evidence';
import { purgeChildAbuseImages } from './child-safety';
import { keyOf, rejected } from './item-result';

export type CheckedItem =
  { ok: true; report: WireReport; bodyJson: string; bodySha256: string } | { ok: false; result: WireItemResult };

const fail = (result: WireItemResult): CheckedItem => ({ ok: false, result });

/** One batch item, before any report is written: child-safety purge, schema, hash chain, evidence. */
export async function checkItem(raw: unknown, store: ReportStore): Promise<CheckedItem> {
  const heldImages = await purgeChildAbuseImages(raw, store);
  const parsed = v.safeParse(WireReportSchema, raw);
  if (!parsed.success) return fail(rejected(keyOf(raw), `not a valid report: ${describeIssues(parsed.issues)}`));
  const report = parsed.output;
  const key = report.idempotencyKey;
  const { chainHead, entries } = report.evidence;
  if ((await verifyChain(report.meeting.id, entries, chainHead)) !== 'verified') {
    return fail(
      rejected(key, 'the evidence chain does not verify (an entry was changed, removed, reordered or inserted)'),
    );
  }
  if (entries.some((entry) => entry.attached && heldImages.has(entry.sha256))) {
    return fail(rejected(key, 'a report of sexual content involving minors may attach no image (hashes only)'));
  }
  const problem = await checkEvidence(report, store);
  if (problem) return fail(problem);
  const body = await canonicalBody(report);
  return { ok: true, report, bodyJson: body.json, bodySha256: body.sha256 };
}
