import type { DestinationKind, OutboxReasonCode } from '../../shared/model/outbox';
import { OUTBOX } from './outbox-config';

/** The details a reason is filled with; every string here is already sanitised and bounded. */
export interface ReasonValues {
  destination?: DestinationKind;
  status?: number;
  failure?: 'network' | 'timeout';
  text?: string;
  origin?: string;
  sha?: string;
}

const OPTIONS = 'open Hostguard options → Report destinations';
const shortSha = (sha: string | undefined) => (sha ?? '').slice(0, 16);

function transport(values: ReasonValues): string {
  if (values.failure === 'timeout') return `no answer within ${OUTBOX.requestTimeoutMs / 1_000} s`;
  if (values.failure === 'network') return 'network error';
  return `HTTP ${values.status ?? '?'}`;
}

function withText(prefix: string, values: ReasonValues): string {
  return values.text ? `${prefix}: ${values.text}` : prefix;
}

export function retryIn(ms: number): string {
  if (ms < 1_000) return 'next try now';
  if (ms < 120_000) return `next try in ${Math.round(ms / 1_000)} s`;
  if (ms < 7_200_000) return `next try in ${Math.round(ms / 60_000)} min`;
  return `next try in ${Math.round(ms / 3_600_000)} h`;
}

/** Clear English for the host; the panel may localise from the code and values instead. */
export function describeReason(code: OutboxReasonCode, values: ReasonValues = {}, retryMs?: number): string {
  const text = sentence(code, values);
  return retryMs === undefined ? text : `${text}; ${retryIn(retryMs)}`;
}

function sentence(code: OutboxReasonCode, values: ReasonValues): string {
  const webhook = values.destination === 'webhook';
  switch (code) {
    case 'no-destination':
      return webhook ? `no chat webhook is set — ${OPTIONS}` : `no report endpoint is set — ${OPTIONS}`;
    case 'destination-invalid':
      return (
        withText(webhook ? 'the chat webhook URL is not usable' : 'the report endpoint URL is not usable', values) +
        ` — ${OPTIONS}`
      );
    case 'permission-missing':
      return `permission for ${values.origin ?? 'the receiver'} not granted — open Hostguard options`;
    case 'token-refused':
      return `the receiver refused the token (HTTP ${values.status ?? 401}) — check the token in Hostguard options`;
    case 'receiver-error':
      return withText(`the receiver refused the request (HTTP ${values.status ?? '?'})`, values);
    case 'rejected':
      return withText('the receiver rejected the report', values);
    case 'conflict':
      return withText('the receiver holds a different report under the same key', values);
    case 'unreachable':
      return `${webhook ? 'chat webhook' : 'receiver'} ${values.status === 429 ? 'busy' : 'unreachable'} (${transport(values)})`;
    case 'bad-response':
      return 'the receiver answered in an unexpected format';
    case 'no-answer':
      return 'the receiver did not answer for this report';
    case 'evidence-gone':
      return withText(
        `evidence ${shortSha(values.sha)} cannot be read on this device and the receiver lacks it`,
        values,
      );
    case 'evidence-refused':
      return withText(`the receiver refused evidence ${shortSha(values.sha)} (HTTP ${values.status ?? '?'})`, values);
    case 'evidence-missing':
      return `the receiver still lacks evidence ${shortSha(values.sha)}`;
    case 'too-large':
      return `the report is larger than one request may carry (${Math.round(OUTBOX.batchBytes / 1_048_576)} MB)`;
    case 'storage-full':
      return (
        withText("this browser's storage for Hostguard is full (QuotaExceededError)", values) + ' — free disk space'
      );
    case 'webhook-refused':
      return (
        withText(`the chat webhook refused the message (${transport(values)})`, values) +
        ' — check the webhook URL in Hostguard options'
      );
  }
}
