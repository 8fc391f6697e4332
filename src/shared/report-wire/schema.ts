import * as v from 'valibot';
import { PLATFORM_IDS } from '../model/platform';
import { REPORT_CATEGORIES, forbidsImages } from '../model/report';
import { LIMITS } from '../protocol/limits';
import { SHA256_HEX } from './sha256';

/**
 * The report endpoint's wire format, version 1 (README "Report endpoint"). The extension's outbox
 * sends it and the receiver validates it with this same schema. Objects are strict; every string
 * and array is bounded; a report in the `sexual-minors` category may attach no image.
 */
export const WIRE_SCHEMA = 'hostguard.report/1';

export const WIRE_LIMITS = Object.freeze({
  /** One POST /v1/reports body. */
  batchBytes: 2 * 1024 * 1024,
  reportsPerBatch: 25,
  /** One PUT /v1/evidence/<sha256> body: a down-scaled JPEG frame or a JSON snapshot. */
  evidenceBytes: 2 * 1024 * 1024,
  participants: 100,
  alerts: 500,
  actions: 500,
  entries: 4_000,
  url: 2_048,
  version: 64,
});

export const EVIDENCE_KINDS = ['frame', 'roster', 'chat', 'timeline'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const MEDIA_TYPES = ['image/jpeg', 'image/webp', 'image/png', 'application/json'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];
export const isImageType = (mediaType: string): boolean => mediaType.startsWith('image/');

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(text(LIMITS.id), v.minLength(1));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const hash = v.pipe(v.string(), v.regex(SHA256_HEX, 'must be a lowercase hex SHA-256'));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

export const EvidenceEntrySchema = v.strictObject({
  seq: count,
  kind: v.picklist(EVIDENCE_KINDS),
  capturedAt: time,
  mediaType: v.picklist(MEDIA_TYPES),
  size: v.pipe(count, v.maxValue(WIRE_LIMITS.evidenceBytes)),
  sha256: hash,
  /** Uploaded with PUT /v1/evidence/<sha256>; false for a hash-only entry (purged or withheld). */
  attached: v.boolean(),
});
export type EvidenceEntry = v.InferOutput<typeof EvidenceEntrySchema>;

export const WireReportSchema = v.pipe(
  v.strictObject({
    /** Client-made UUID, the same on every retry: the receiver stores one report per key. */
    idempotencyKey: v.pipe(v.string(), v.uuid()),
    createdAt: time,
    category: v.picklist(REPORT_CATEGORIES),
    note: text(LIMITS.description),
    meeting: v.strictObject({
      id,
      platform: v.picklist(PLATFORM_IDS),
      title: text(LIMITS.title),
    }),
    /** Time window the report is about (client clock; the receiver's receipt time is authoritative). */
    window: v.strictObject({ from: time, to: time }),
    /** The people concerned, names raw and byte-exact (attacker-controlled text). */
    participants: list(v.strictObject({ id, name: text(LIMITS.name), role: text(32) }), WIRE_LIMITS.participants),
    alerts: list(v.strictObject({ at: time, kind: text(64), reason: text(LIMITS.detail) }), WIRE_LIMITS.alerts),
    actions: list(
      v.strictObject({
        at: time,
        action: text(64),
        step: text(64),
        origin: text(16),
        ok: v.boolean(),
        detail: text(LIMITS.detail),
      }),
      WIRE_LIMITS.actions,
    ),
    evidence: v.strictObject({
      chainHead: hash,
      entries: list(EvidenceEntrySchema, WIRE_LIMITS.entries),
    }),
    client: v.strictObject({ version: text(WIRE_LIMITS.version), browser: text(WIRE_LIMITS.version) }),
  }),
  v.check((r) => r.window.from <= r.window.to, 'window.from must not be after window.to'),
  v.check(
    (r) => !forbidsImages(r.category) || r.evidence.entries.every((e) => !(e.attached && isImageType(e.mediaType))),
    'a report of sexual content involving minors may attach no image (hashes only)',
  ),
);
export type WireReport = v.InferOutput<typeof WireReportSchema>;

export const WireBatchSchema = v.strictObject({
  schema: v.literal(WIRE_SCHEMA),
  reports: v.pipe(v.array(v.unknown()), v.minLength(1), v.maxLength(WIRE_LIMITS.reportsPerBatch)),
});

/** Per-report answer of POST /v1/reports; the client retires only `stored` and `duplicate`. */
export type WireItemResult =
  | { idempotencyKey: string; status: 'stored' | 'duplicate'; id: string; chain: 'verified' }
  | { idempotencyKey: string; status: 'rejected'; error: string }
  | { idempotencyKey: string; status: 'missing-evidence'; missing: string[] }
  | { idempotencyKey: string; status: 'conflict'; error: string };

export interface WireBatchResponse {
  schema: typeof WIRE_SCHEMA;
  results: WireItemResult[];
}

/** Readable reasons for a failed parse: "reports.0.category: Invalid type…". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
