import { forbidsImages } from '../../shared/model/report';
import { isImageType } from '../../shared/report-wire/schema';
import { requireDeskAuth } from '../http/auth';
import { HttpError } from '../http/http-error';
import { send } from '../http/respond';
import type { Handler, RequestContext } from '../routes/context';
import { DESK_CSS } from './desk-css';
import { DESK_HTML_HEADERS, EVIDENCE_CSP } from './desk-headers';
import { renderCsv } from './export-csv';
import { renderExportJson } from './export-json';
import { parseDeskQuery, toFilter } from './filters';
import { renderListPage } from './render-list';
import { renderReportPage } from './render-report-page';

const PAGE_LIMIT = 200;
const EXPORT_LIMIT = 10_000;

async function reportsFor({ url, deps }: RequestContext, limit: number) {
  const query = parseDeskQuery(url);
  const reports = await deps.store.listReports(toFilter(query, limit));
  const evidence = await deps.store.evidenceRows(reports.map((r) => r.id));
  return { query, reports, evidence };
}

export const getDeskList: Handler = async (context) => {
  requireDeskAuth(context.req, context.deps.token);
  const view = await reportsFor(context, PAGE_LIMIT);
  send(context.res, 200, renderListPage({ ...view, limit: PAGE_LIMIT }), DESK_HTML_HEADERS);
};

export const getDeskReport: Handler = async ({ req, res, deps, params }) => {
  requireDeskAuth(req, deps.token);
  const stored = await deps.store.getReport(params[0]!);
  if (!stored) throw new HttpError(404, 'No report has this id.');
  const rows = (await deps.store.evidenceRows([stored.id])).get(stored.id) ?? [];
  send(res, 200, renderReportPage(stored, rows), DESK_HTML_HEADERS);
};

/** Bytes of a held item some report references; an image only if a report of a category that allows images does. */
export const getDeskEvidence: Handler = async ({ req, res, deps, params }) => {
  requireDeskAuth(req, deps.token);
  const sha256 = params[0]!;
  const categories = await deps.store.categoriesReferencing(sha256);
  const held = (await deps.store.heldEvidence([sha256])).get(sha256);
  if (!held || !categories.length)
    throw new HttpError(404, 'No report references evidence the server holds with this hash.');
  if (isImageType(held.mediaType) && categories.every(forbidsImages)) {
    throw new HttpError(
      403,
      'This image is referenced only by reports of sexual content involving minors: such images are never shown.',
    );
  }
  const item = await deps.store.readEvidence(sha256);
  if (!item) throw new HttpError(404, 'The evidence is no longer held.');
  send(res, 200, item.bytes, { 'content-type': item.mediaType, 'content-security-policy': EVIDENCE_CSP });
};

export const getExportCsv: Handler = async (context) => {
  requireDeskAuth(context.req, context.deps.token);
  const { reports, evidence } = await reportsFor(context, EXPORT_LIMIT);
  send(context.res, 200, renderCsv(reports, evidence), {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': 'attachment; filename="hostguard-reports.csv"',
  });
};

export const getExportJson: Handler = async (context) => {
  requireDeskAuth(context.req, context.deps.token);
  const { reports, evidence } = await reportsFor(context, EXPORT_LIMIT);
  send(context.res, 200, renderExportJson(reports, evidence, Date.now()), {
    'content-type': 'application/json; charset=utf-8',
    'content-disposition': 'attachment; filename="hostguard-reports.json"',
  });
};

/** Public: the style sheet holds nothing about any report. */
export const getDeskCss: Handler = async ({ res }) => {
  send(res, 200, DESK_CSS, { 'content-type': 'text/css; charset=utf-8' });
};
