import * as v from 'valibot';
import {
  WIRE_LIMITS,
  WIRE_SCHEMA,
  WireBatchSchema,
  describeIssues,
  type WireBatchResponse,
} from '../../shared/report-wire/schema';
import { requireBearer } from '../http/auth';
import { requireMediaType } from '../http/content-type';
import { HttpError } from '../http/http-error';
import { parseJsonBody } from '../http/parse-json';
import { readBody } from '../http/read-body';
import { sendJson } from '../http/respond';
import { ingestBatch } from '../ingest/ingest-batch';
import type { Handler } from './context';

/** POST /v1/reports: whole-request checks first (nothing stored on failure), then one result per item. */
export const postReports: Handler = async ({ req, res, deps, receivedAt }) => {
  requireBearer(req, deps.token);
  requireMediaType(req, ['application/json']);
  const json = parseJsonBody(await readBody(req, WIRE_LIMITS.batchBytes));
  const batch = v.safeParse(WireBatchSchema, json);
  if (!batch.success) throw new HttpError(422, `Not a ${WIRE_SCHEMA} batch: ${describeIssues(batch.issues)}`);
  const results = await ingestBatch(batch.output.reports, { store: deps.store, receivedAt, onStored: deps.onStored });
  const response: WireBatchResponse = { schema: WIRE_SCHEMA, results };
  sendJson(res, 200, response);
};
