import type { DestinationSettings } from '../../shared/model/destinations';
import { reachEndpoint, reachWebhook } from './destination-access';
import { sendEndpointBatch } from './endpoint-client';
import { OUTBOX } from './outbox-config';
import { faultPoint } from './outbox-deps';
import type { OutboxRecord } from './outbox-record';
import { commitOutcomes, markSendingFor } from './outbox-writes';
import type { DeliveryOutcome } from './outcome';
import { sendWebhook } from './webhook';
import { armBackstop } from './wake';

const encoder = new TextEncoder();
/** `{"schema":"hostguard.report/1","reports":[…]}` around the reports, with room to spare. */
const ENVELOPE_BYTES = 64;

/** The due reports that fit one POST: at most N, at most 2 MB; one alone over 2 MB can never go. */
export function fitBatch(records: readonly OutboxRecord[]): { batch: OutboxRecord[]; tooLarge: OutboxRecord[] } {
  const batch: OutboxRecord[] = [];
  const tooLarge: OutboxRecord[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const record of records) {
    const size = encoder.encode(JSON.stringify(record.report)).length + 1;
    if (size + ENVELOPE_BYTES > OUTBOX.batchBytes) tooLarge.push(record);
    else if (batch.length < OUTBOX.batchSize && bytes + size <= OUTBOX.batchBytes) {
      batch.push(record);
      bytes += size;
    }
  }
  return { batch, tooLarge };
}

const everyKey = (records: readonly OutboxRecord[], outcome: DeliveryOutcome) =>
  new Map(records.map((record) => [record.key, outcome]));

/** One POST to the receiver. Returns the keys it dealt with (sent, blocked or refused). */
export async function endpointRound(due: readonly OutboxRecord[], settings: DestinationSettings): Promise<string[]> {
  const access = await reachEndpoint(settings);
  if (!access.ok) {
    await commitOutcomes('endpoint', everyKey(due, access.outcome));
    return due.map((record) => record.key);
  }
  const { batch, tooLarge } = fitBatch(due);
  if (tooLarge.length > 0) await commitOutcomes('endpoint', everyKey(tooLarge, { kind: 'failed', code: 'too-large' }));
  const handled = [...tooLarge, ...batch].map((record) => record.key);
  if (batch.length === 0) return handled;
  await faultPoint('drain:before-mark-sending');
  await armBackstop();
  const marked = await markSendingFor(
    'endpoint',
    batch.map((record) => record.key),
  );
  if (!marked || marked.length === 0) return handled;
  await faultPoint('drain:after-mark-sending');
  const items = marked.map((record) => ({
    key: record.key,
    report: record.report,
    uploaded: record.destinations.endpoint?.uploaded ?? [],
  }));
  const outcomes = await sendEndpointBatch(items, access);
  await faultPoint('drain:before-ack-commit');
  await commitOutcomes('endpoint', outcomes);
  await faultPoint('drain:after-ack-commit');
  return handled;
}

/** One chat message per report, each acknowledged as soon as it went out. */
export async function webhookRound(due: readonly OutboxRecord[], settings: DestinationSettings): Promise<string[]> {
  const picked = due.slice(0, OUTBOX.webhooksPerRound);
  const access = await reachWebhook(settings);
  if (!access.ok) {
    await commitOutcomes('webhook', everyKey(picked, access.outcome));
    return picked.map((record) => record.key);
  }
  await faultPoint('drain:before-mark-sending');
  await armBackstop();
  const marked = await markSendingFor(
    'webhook',
    picked.map((record) => record.key),
  );
  await faultPoint('drain:after-mark-sending');
  for (const record of marked ?? []) {
    const outcome = await sendWebhook(access, record.report, record.meetingTitle);
    await faultPoint('drain:before-ack-commit');
    await commitOutcomes('webhook', new Map([[record.key, outcome]]));
    await faultPoint('drain:after-ack-commit');
  }
  return picked.map((record) => record.key);
}
