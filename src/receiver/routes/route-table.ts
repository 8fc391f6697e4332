import { getDeskCss, getDeskEvidence, getDeskList, getDeskReport, getExportCsv, getExportJson } from '../desk/handlers';
import type { Handler } from './context';
import { putEvidence } from './evidence';
import { getHealth } from './health';
import { postReports } from './reports';

export interface Route {
  path: RegExp;
  methods: Readonly<Partial<Record<string, Handler>>>;
}

const SHA256 = '([0-9a-f]{64})';
const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

/** Every route the receiver answers; a path that matches none is 404, a method it lacks 405. */
export const ROUTES: readonly Route[] = [
  { path: /^\/v1\/health$/, methods: { GET: getHealth } },
  { path: /^\/v1\/reports$/, methods: { POST: postReports } },
  { path: new RegExp(`^/v1/evidence/${SHA256}$`), methods: { PUT: putEvidence } },
  { path: /^\/desk\/?$/, methods: { GET: getDeskList } },
  { path: new RegExp(`^/desk/reports/${UUID}$`), methods: { GET: getDeskReport } },
  { path: new RegExp(`^/desk/evidence/${SHA256}$`), methods: { GET: getDeskEvidence } },
  { path: /^\/desk\/export\.csv$/, methods: { GET: getExportCsv } },
  { path: /^\/desk\/export\.json$/, methods: { GET: getExportJson } },
  { path: /^\/desk\/desk\.css$/, methods: { GET: getDeskCss } },
];

export type Match = { handler: Handler; params: string[] } | { allowed: string[] } | undefined;

/** HEAD is answered by the GET handler (Node sends no body for HEAD). */
export function matchRoute(method: string, pathname: string): Match {
  for (const route of ROUTES) {
    const found = route.path.exec(pathname);
    if (!found) continue;
    const handler = route.methods[method] ?? (method === 'HEAD' ? route.methods.GET : undefined);
    const allowed = Object.keys(route.methods);
    return handler
      ? { handler, params: found.slice(1) }
      : { allowed: allowed.includes('GET') ? [...allowed, 'HEAD'] : allowed };
  }
  return undefined;
}
