import { createHash } from 'node:crypto';
import { MEDIA_TYPES, WIRE_LIMITS } from '../../shared/report-wire/schema';
import { requireBearer } from '../http/auth';
import { requireMediaType } from '../http/content-type';
import { HttpError } from '../http/http-error';
import { readBody } from '../http/read-body';
import { sendJson } from '../http/respond';
import type { Handler } from './context';

/** PUT /v1/evidence/<sha256>: the server recomputes the hash; idempotent by hash. */
export const putEvidence: Handler = async ({ req, res, deps, params, receivedAt }) => {
  requireBearer(req, deps.token);
  const mediaType = requireMediaType(req, MEDIA_TYPES);
  const bytes = await readBody(req, WIRE_LIMITS.evidenceBytes);
  const sha256 = params[0]!;
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) throw new HttpError(422, `The body hashes to ${actual}, not ${sha256}: nothing was stored.`);
  const status = await deps.store.putEvidence({ sha256, mediaType, bytes, receivedAt });
  sendJson(res, status === 'created' ? 201 : 200, { sha256, size: bytes.byteLength, mediaType, status });
};
