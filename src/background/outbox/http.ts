import type { DestinationKind } from '../../shared/model/outbox';
import { parseRetryAfter } from './backoff';
import { OUTBOX } from './outbox-config';
import { outboxDeps } from './outbox-deps';
import type { DeliveryOutcome } from './outcome';

export type HttpAnswer =
  | { kind: 'http'; status: number; retryAfter: string | null; body: string }
  | { kind: 'network'; detail: string }
  | { kind: 'timeout' };

/**
 * One request, aborted after 25 s: Chrome kills a worker whose fetch response takes more than
 * 30 s (§1.1). No redirects (a token must not follow one to another origin or to plain http), no
 * cookies, no referrer. The body is read inside the same deadline.
 */
export async function httpRequest(url: string, init: RequestInit): Promise<HttpAnswer> {
  const deps = outboxDeps();
  const signal = AbortSignal.timeout(deps.requestTimeoutMs);
  try {
    const response = await deps.fetch(url, {
      ...init,
      signal,
      redirect: 'error',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    const body = await response.text();
    return { kind: 'http', status: response.status, retryAfter: response.headers.get('retry-after'), body };
  } catch (error) {
    if (signal.aborted) return { kind: 'timeout' };
    return { kind: 'network', detail: error instanceof Error ? error.message : String(error) };
  }
}

export const isSuccess = (answer: HttpAnswer): boolean =>
  answer.kind === 'http' && answer.status >= 200 && answer.status < 300;

/** Worth retrying by itself: the receiver may answer later. */
const isTransient = (status: number) => status === 408 || status === 425 || status === 429 || status >= 500;

/**
 * The outcome of a request that did not succeed: 5xx, 429, network and timeout come back with
 * backoff (Retry-After honoured); 401/403 and other refusals fail with the receiver's words.
 */
export function failureOutcome(answer: HttpAnswer, now: number, destination: DestinationKind): DeliveryOutcome {
  if (answer.kind !== 'http')
    return { kind: 'retry', code: 'unreachable', values: { destination, failure: answer.kind } };
  const { status } = answer;
  if (isTransient(status)) {
    const retryAfterMs = parseRetryAfter(answer.retryAfter, now);
    return { kind: 'retry', code: 'unreachable', values: { destination, status }, retryAfterMs };
  }
  const text = receiverText(answer.body);
  if (destination === 'webhook')
    return { kind: 'failed', code: 'webhook-refused', values: { destination, status, text } };
  if (status === 401 || status === 403) return { kind: 'failed', code: 'token-refused', values: { status } };
  return { kind: 'failed', code: 'receiver-error', values: { status, text } };
}

/** A receiver's error body as one bounded line: `{"error": "…"}`, or the text itself. */
export function receiverText(body: string): string {
  let text = body;
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null) {
      const { error, message } = parsed as { error?: unknown; message?: unknown };
      if (typeof error === 'string') text = error;
      else if (typeof message === 'string') text = message;
    }
  } catch {
    // Not JSON: the text as it came.
  }
  return boundedLine(text, OUTBOX.receiverTextMax);
}

/** Control and format characters out, whitespace collapsed, cut at a code point. */
export function boundedLine(text: string, max: number): string {
  const line = text
    .slice(0, max * 4)
    .replace(/[\p{Cc}\p{Cf}\s]+/gu, ' ')
    .trim();
  const points = Array.from(line);
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : line;
}
