import { endpointUrl } from '../../shared/model/destinations';
import { sha256Hex } from '../../shared/report-wire/sha256';
import { httpRequest, isSuccess, type HttpAnswer } from './http';
import { outboxDeps } from './outbox-deps';

export interface EndpointTarget {
  base: string;
  token: string;
}

export type UploadResult =
  | { kind: 'uploaded' }
  /** Not readable here (purged, or the evidence store is not wired): the receiver may still have it. */
  | { kind: 'gone' }
  /** The stored bytes no longer hash to the entry: sending them would only be refused. */
  | { kind: 'changed' }
  | { kind: 'failed'; answer: HttpAnswer };

/**
 * PUT /v1/evidence/<sha256>: content-addressed, so a repeat after a lost answer is harmless.
 * One blob per request, each well inside the 25 s deadline (§4).
 */
export async function uploadEvidence(target: EndpointTarget, sha256: string): Promise<UploadResult> {
  const read = outboxDeps().readEvidence;
  const evidence = read ? await read(sha256).catch(() => undefined) : undefined;
  if (!evidence) return { kind: 'gone' };
  const bytes = evidence.bytes.slice();
  if ((await sha256Hex(bytes)) !== sha256) return { kind: 'changed' };
  const answer = await httpRequest(endpointUrl(target.base, `/v1/evidence/${sha256}`), {
    method: 'PUT',
    headers: { authorization: `Bearer ${target.token}`, 'content-type': evidence.mediaType },
    body: bytes,
  });
  return isSuccess(answer) ? { kind: 'uploaded' } : { kind: 'failed', answer };
}
