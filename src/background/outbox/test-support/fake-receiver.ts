import * as v from 'valibot';
import { verifyChain } from '../../../shared/report-wire/chain';
import {
  describeIssues,
  WIRE_SCHEMA,
  WireBatchSchema,
  WireReportSchema,
  type WireItemResult,
} from '../../../shared/report-wire/schema';
import { sha256Hex } from '../../../shared/report-wire/sha256';

export const RECEIVER_BASE = 'https://receiver.example.org/hg';
export const RECEIVER_TOKEN = 'secret-token';

export interface FakeRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  signal: AbortSignal | undefined;
}

/** A scripted answer for the next request: `serve` is the receiver's own behaviour. */
export type Handler = (request: FakeRequest, serve: (request: FakeRequest) => Promise<Response>) => Promise<Response>;

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A request that never answers, but gives up when the client aborts it. */
export const hang = (request: FakeRequest) =>
  new Promise<Response>((_, reject) => request.signal?.addEventListener('abort', () => reject(request.signal!.reason)));

/** Never settles at all: the worker that sent it is dead. */
export const never = () => new Promise<never>(() => undefined);

/**
 * The receiver's contract as README "Report endpoint" gives it, in memory: bearer token, PUT
 * evidence by SHA-256 (checked), POST a batch, one stored report per idempotency key (the same
 * body again is `duplicate` with the same id; a different one is `conflict`), `missing-evidence`
 * when an attached blob has not arrived. `effects` counts how often a key was really stored.
 */
export class FakeReceiver {
  readonly evidence = new Map<string, Uint8Array>();
  readonly stored = new Map<string, { id: string; body: string }>();
  readonly effects = new Map<string, number>();
  readonly log: { method: string; path: string; keys: string[] }[] = [];
  private readonly script: Handler[] = [];
  private ids = 0;

  onNext(...handlers: Handler[]): void {
    this.script.push(...handlers);
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input));
    const request: FakeRequest = {
      method: init.method ?? 'GET',
      path: url.pathname.replace(new URL(RECEIVER_BASE).pathname, ''),
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: init.body as string | Uint8Array | undefined,
      signal: init.signal ?? undefined,
    };
    this.log.push({ method: request.method, path: request.path, keys: keysOf(request) });
    const handler = this.script.shift();
    return handler ? handler(request, this.serve) : this.serve(request);
  };

  readonly serve = async (request: FakeRequest): Promise<Response> => {
    if (request.headers.authorization !== `Bearer ${RECEIVER_TOKEN}`) return json(401, { error: 'bad token' });
    const evidence = /^\/v1\/evidence\/([0-9a-f]{64})$/.exec(request.path);
    if (request.method === 'PUT' && evidence) return this.putEvidence(evidence[1]!, request.body);
    if (request.method === 'POST' && request.path === '/v1/reports') return this.postBatch(String(request.body));
    return json(404, { error: 'no such route' });
  };

  private async putEvidence(sha: string, body: FakeRequest['body']): Promise<Response> {
    const bytes = body instanceof Uint8Array ? body : new TextEncoder().encode(body ?? '');
    if ((await sha256Hex(bytes.slice())) !== sha) return json(422, { error: 'hash mismatch' });
    this.evidence.set(sha, bytes);
    return json(201, { sha256: sha });
  }

  private async postBatch(body: string): Promise<Response> {
    const batch = v.safeParse(WireBatchSchema, JSON.parse(body));
    if (!batch.success) return json(400, { error: describeIssues(batch.issues) });
    const results: WireItemResult[] = [];
    for (const raw of batch.output.reports) results.push(await this.store(raw));
    return json(200, { schema: WIRE_SCHEMA, results });
  }

  private async store(raw: unknown): Promise<WireItemResult> {
    const parsed = v.safeParse(WireReportSchema, raw);
    const idempotencyKey = String((raw as { idempotencyKey?: unknown }).idempotencyKey);
    if (!parsed.success) return { idempotencyKey, status: 'rejected', error: describeIssues(parsed.issues) };
    const report = parsed.output;
    const body = JSON.stringify(report);
    const existing = this.stored.get(idempotencyKey);
    if (existing) {
      return existing.body === body
        ? { idempotencyKey, status: 'duplicate', id: existing.id, chain: 'verified' }
        : { idempotencyKey, status: 'conflict', error: 'another report was stored under this key' };
    }
    const missing = report.evidence.entries
      .filter((e) => e.attached && !this.evidence.has(e.sha256))
      .map((e) => e.sha256);
    if (missing.length > 0) return { idempotencyKey, status: 'missing-evidence', missing };
    if ((await verifyChain(report.meeting.id, report.evidence.entries, report.evidence.chainHead)) !== 'verified') {
      return { idempotencyKey, status: 'rejected', error: 'evidence chain broken' };
    }
    const id = `r${++this.ids}`;
    this.stored.set(idempotencyKey, { id, body });
    this.effects.set(idempotencyKey, (this.effects.get(idempotencyKey) ?? 0) + 1);
    return { idempotencyKey, status: 'stored', id, chain: 'verified' };
  }

  /** The keys of the reports POSTed, in order. */
  posted(): string[][] {
    return this.log.filter((entry) => entry.method === 'POST').map((entry) => entry.keys);
  }
}

function keysOf(request: FakeRequest): string[] {
  if (request.method !== 'POST' || typeof request.body !== 'string') return [];
  try {
    const { reports } = JSON.parse(request.body) as { reports?: { idempotencyKey?: string }[] };
    return (reports ?? []).map((report) => String(report.idempotencyKey));
  } catch {
    return [];
  }
}
