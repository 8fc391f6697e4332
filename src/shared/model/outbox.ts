import * as v from 'valibot';
import { PLATFORM_IDS, type PlatformId } from './platform';
import { REPORT_CATEGORIES, type ReportCategory } from './report';

/**
 * What the panel reads about the report outbox: a compact mirror in storage.local `outbox`,
 * newest first, rewritten by the background after every committed change. The outbox itself
 * (IndexedDB, background/outbox/) stays the source of truth; this is only its shop window.
 */
export const OUTBOX_SUMMARY_KEY = 'outbox';
export const OUTBOX_SUMMARY_LIMIT = 100;
/** Names per item, and UTF-16 units kept of each (a 16 KB name would blow storage.local's quota). */
export const OUTBOX_SUMMARY_NAMES = 5;
export const OUTBOX_SUMMARY_NAME_UNITS = 256;

export const DELIVERY_STATES = ['queued', 'sending', 'delivered', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export const DESTINATION_KINDS = ['endpoint', 'webhook'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];

/**
 * Why a destination is where it is, for a panel that localises; `reason` carries the same in
 * clear English with the details filled in.
 */
export const OUTBOX_REASON_CODES = [
  'no-destination',
  'destination-invalid',
  'permission-missing',
  'token-refused',
  'receiver-error',
  'rejected',
  'conflict',
  'unreachable',
  'bad-response',
  'no-answer',
  'evidence-gone',
  'evidence-refused',
  'evidence-missing',
  'too-large',
  'storage-full',
  'webhook-refused',
] as const;
export type OutboxReasonCode = (typeof OUTBOX_REASON_CODES)[number];

export interface OutboxDestinationSummary {
  destination: DestinationKind;
  state: DeliveryState;
  /** Send attempts so far (a retry after a worker restart counts again). */
  attempts: number;
  nextAttemptAt?: number;
  deliveredAt?: number;
  /** Clear text for the host: "receiver unreachable (HTTP 503); next try in 40 s". */
  reason?: string;
  reasonCode?: OutboxReasonCode;
  /** The receiver's id for the stored report (endpoint only). */
  receiverId?: string;
}

export interface OutboxSummaryItem {
  /** The report's idempotency key: what the panel passes to retry and delete. */
  key: string;
  meetingId: string;
  meetingTitle: string;
  platform: PlatformId;
  category: ReportCategory;
  /** Raw display names (attacker-controlled: render with DisplayName), at most 5, each cut to 256 units. */
  names: string[];
  createdAt: number;
  destinations: OutboxDestinationSummary[];
  /** The report could not be saved at all (storage full): nothing to retry, only to delete. */
  unsaved?: true;
}

const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const DestinationSummarySchema = v.object({
  destination: v.picklist(DESTINATION_KINDS),
  state: v.picklist(DELIVERY_STATES),
  attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  nextAttemptAt: v.optional(time),
  deliveredAt: v.optional(time),
  reason: v.optional(text(1_000)),
  reasonCode: v.optional(v.picklist(OUTBOX_REASON_CODES)),
  receiverId: v.optional(text(256)),
});

const SummaryItemSchema = v.object({
  key: v.pipe(text(256), v.minLength(1)),
  meetingId: text(256),
  meetingTitle: text(512),
  platform: v.picklist(PLATFORM_IDS),
  category: v.picklist(REPORT_CATEGORIES),
  names: v.pipe(v.array(text(OUTBOX_SUMMARY_NAME_UNITS)), v.maxLength(OUTBOX_SUMMARY_NAMES)),
  createdAt: time,
  destinations: v.pipe(v.array(DestinationSummarySchema), v.maxLength(DESTINATION_KINDS.length)),
  unsaved: v.optional(v.literal(true)),
});

/** The stored summary, item by item: a malformed item is dropped, never the whole list. */
export function asOutboxSummary(value: unknown): OutboxSummaryItem[] {
  if (!Array.isArray(value)) return [];
  const items: OutboxSummaryItem[] = [];
  for (const candidate of value.slice(0, OUTBOX_SUMMARY_LIMIT)) {
    const parsed = v.safeParse(SummaryItemSchema, candidate);
    if (parsed.success) items.push(parsed.output as OutboxSummaryItem);
  }
  return items;
}
