import { endpointUrl } from '../../shared/model/destinations';
import { WIRE_SCHEMA, type WireItemResult, type WireReport } from '../../shared/report-wire/schema';
import { asBatchResponse } from './batch-response';
import { uploadEvidence, type EndpointTarget } from './evidence-upload';
import { failureOutcome, httpRequest, isSuccess } from './http';
import { outboxDeps } from './outbox-deps';
import type { DeliveryOutcome } from './outcome';

export interface BatchItem {
  key: string;
  report: WireReport;
  /** Evidence the receiver already acknowledged on an earlier attempt. */
  uploaded: readonly string[];
}

const attachedOf = (report: WireReport): string[] => [
  ...new Set(report.evidence.entries.filter((entry) => entry.attached).map((entry) => entry.sha256)),
];

/**
 * Delivers one batch to the receiver (README "Report endpoint"): evidence first, one PUT per
 * blob, then one POST /v1/reports. Each report gets its own outcome, so a partial success
 * retires only the acknowledged ones. `missing-evidence` is answered once within the call:
 * upload what the receiver lacks, then post just those reports again.
 */
export function sendEndpointBatch(
  items: readonly BatchItem[],
  target: EndpointTarget,
): Promise<Map<string, DeliveryOutcome>> {
  return new BatchDelivery(items, target).run();
}

/** stored/duplicate retire the report; rejected/conflict fail it; no answer for it means later. */
function itemOutcome(result: Exclude<WireItemResult, { status: 'missing-evidence' }> | undefined): DeliveryOutcome {
  if (!result) return { kind: 'retry', code: 'no-answer' };
  if (result.status === 'rejected' || result.status === 'conflict') {
    return { kind: 'failed', code: result.status, values: { text: result.error } };
  }
  return { kind: 'delivered', receiverId: result.id };
}

class BatchDelivery {
  private readonly uploaded: Set<string>;
  private readonly decided = new Map<string, DeliveryOutcome>();

  constructor(
    private readonly items: readonly BatchItem[],
    private readonly target: EndpointTarget,
  ) {
    this.uploaded = new Set(items.flatMap((item) => item.uploaded));
  }

  async run(): Promise<Map<string, DeliveryOutcome>> {
    if (await this.upload(this.open(), false)) {
      const missing = await this.post(this.open());
      if (missing.size > 0) await this.answerMissing(missing);
    }
    return this.finish();
  }

  private async answerMissing(missing: Map<string, string[]>): Promise<void> {
    for (const shas of missing.values()) for (const sha of shas) this.uploaded.delete(sha);
    const again = () => this.open().filter((item) => missing.has(item.key));
    if (!(await this.upload(again(), true))) return;
    const still = await this.post(again());
    for (const [key, shas] of still)
      this.decide(key, { kind: 'retry', code: 'evidence-missing', values: { sha: shas[0] } });
  }

  private open(): BatchItem[] {
    return this.items.filter((item) => !this.decided.has(item.key));
  }

  private decide(key: string, outcome: DeliveryOutcome): void {
    if (!this.decided.has(key)) this.decided.set(key, outcome);
  }

  /** Uploads what the items need; false when the whole batch must stop (auth, receiver down). */
  private async upload(items: BatchItem[], lackIsFatal: boolean): Promise<boolean> {
    const needed = [...new Set(items.flatMap((item) => attachedOf(item.report)))].filter(
      (sha) => !this.uploaded.has(sha),
    );
    for (const sha of needed) {
      const result = await uploadEvidence(this.target, sha);
      if (result.kind === 'uploaded') {
        this.uploaded.add(sha);
        continue;
      }
      const users = items.filter((item) => attachedOf(item.report).includes(sha));
      const fail = (outcome: DeliveryOutcome) => users.forEach((item) => this.decide(item.key, outcome));
      // Not readable here: on the first pass the receiver may hold it from an earlier attempt.
      if (result.kind === 'gone' && lackIsFatal) fail({ kind: 'failed', code: 'evidence-gone', values: { sha } });
      if (result.kind === 'changed')
        fail({ kind: 'failed', code: 'evidence-gone', values: { sha, text: 'it no longer matches its hash' } });
      if (result.kind !== 'failed') continue;
      const outcome = failureOutcome(result.answer, outboxDeps().now(), 'endpoint');
      if (outcome.kind === 'retry' || (outcome.kind === 'failed' && outcome.code === 'token-refused')) {
        for (const item of this.open()) this.decide(item.key, outcome);
        return false;
      }
      const values = outcome.kind === 'failed' ? outcome.values : {};
      fail({ kind: 'failed', code: 'evidence-refused', values: { ...values, sha } });
    }
    return true;
  }

  /** POSTs the items; returns the reports the receiver answered `missing-evidence` for. */
  private async post(items: BatchItem[]): Promise<Map<string, string[]>> {
    const missing = new Map<string, string[]>();
    if (items.length === 0) return missing;
    const answer = await httpRequest(endpointUrl(this.target.base, '/v1/reports'), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.target.token}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({ schema: WIRE_SCHEMA, reports: items.map((item) => item.report) }),
    });
    const response = isSuccess(answer) && answer.kind === 'http' ? asBatchResponse(answer.body) : undefined;
    if (!response) {
      const outcome: DeliveryOutcome = isSuccess(answer)
        ? { kind: 'retry', code: 'bad-response' }
        : failureOutcome(answer, outboxDeps().now(), 'endpoint');
      items.forEach((item) => this.decide(item.key, outcome));
      return missing;
    }
    const results = new Map(response.results.map((result) => [result.idempotencyKey, result]));
    for (const item of items) {
      const result = results.get(item.key);
      if (result?.status !== 'missing-evidence') {
        this.decide(item.key, itemOutcome(result));
        continue;
      }
      const wanted = result.missing.filter((sha) => attachedOf(item.report).includes(sha));
      if (wanted.length > 0) missing.set(item.key, wanted);
      else this.decide(item.key, { kind: 'retry', code: 'evidence-missing', values: { sha: result.missing[0] } });
    }
    return missing;
  }

  /** Every item gets an outcome, carrying which of its evidence the receiver now holds. */
  private finish(): Map<string, DeliveryOutcome> {
    const outcomes = new Map<string, DeliveryOutcome>();
    for (const item of this.items) {
      const outcome = this.decided.get(item.key) ?? { kind: 'retry', code: 'no-answer' };
      const uploaded = attachedOf(item.report).filter((sha) => this.uploaded.has(sha));
      outcomes.set(item.key, outcome.kind === 'blocked' ? outcome : { ...outcome, uploaded });
    }
    return outcomes;
  }
}
