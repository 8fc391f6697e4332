import * as v from 'valibot';
import type { DestinationSettings } from '../../shared/model/destinations';
import type { DestinationKind } from '../../shared/model/outbox';
import { LIMITS } from '../../shared/protocol/limits';
import { describeIssues, WireReportSchema, type WireReport } from '../../shared/report-wire/schema';
import { requestBatchDrain } from './batch-window';
import { readDestinations } from './destination-access';
import { drainOutbox } from './drain';
import { addRecord, isQuotaError } from './outbox-db';
import { faultPoint, outboxDeps } from './outbox-deps';
import type { DestinationState, OutboxRecord } from './outbox-record';
import { describeReason } from './reasons';
import { noteReportUnsaved, scheduleSummary } from './summary';
import { armBackstop } from './wake';

export interface EnqueueOptions {
  meetingTitle?: string;
  /** Where this report goes; empty means the endpoint (a report always has somewhere to wait for). */
  destinations: DestinationKind[];
}

export class OutboxError extends Error {
  constructor(
    readonly code: 'invalid-report' | 'storage-full',
    message: string,
  ) {
    super(message);
    this.name = 'OutboxError';
  }
}

function initialState(kind: DestinationKind, settings: DestinationSettings, now: number): DestinationState {
  if (settings[kind]) return { state: 'queued', attempts: 0, failures: 0, nextAttemptAt: now };
  const reason = describeReason('no-destination', { destination: kind });
  return { state: 'queued', attempts: 0, failures: 0, blockedBy: 'config', reasonCode: 'no-destination', reason };
}

/**
 * Puts a report in the outbox. Resolves only once the record is committed with strict
 * durability, so whoever shows "queued" to the host can rely on it surviving a crash; then a
 * drain is scheduled. Enqueuing the same idempotency key again is a no-op.
 */
export async function enqueueReport(report: WireReport, options: EnqueueOptions): Promise<void> {
  const parsed = v.safeParse(WireReportSchema, report);
  if (!parsed.success) throw new OutboxError('invalid-report', `not a valid report: ${describeIssues(parsed.issues)}`);
  const now = outboxDeps().now();
  const kinds = options.destinations.length > 0 ? [...new Set(options.destinations)] : (['endpoint'] as const);
  const settings = await readDestinations();
  const meetingTitle = (options.meetingTitle ?? parsed.output.meeting.title).slice(0, LIMITS.title);
  const record: OutboxRecord = {
    key: parsed.output.idempotencyKey,
    report: parsed.output,
    meetingTitle,
    enqueuedAt: now,
    destinations: Object.fromEntries(kinds.map((kind) => [kind, initialState(kind, settings, now)])),
    blockedOn: [],
  };
  // Armed before the commit: a worker killed right after it still gets woken to send.
  await armBackstop().catch((error: unknown) => console.warn('Hostguard: could not set the outbox alarm', error));
  await faultPoint('enqueue:before-commit');
  try {
    await addRecord(record);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    noteReportUnsaved(parsed.output, meetingTitle, [...kinds]);
    await scheduleSummary();
    throw new OutboxError('storage-full', describeReason('storage-full', { text: 'the report could not be saved' }));
  }
  await faultPoint('enqueue:after-commit');
  await scheduleSummary();
  requestBatchDrain(() => void drainOutbox('enqueue'));
}
