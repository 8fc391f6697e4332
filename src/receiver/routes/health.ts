import { sendJson } from '../http/respond';
import type { Handler } from './context';

/** No auth: tests and load balancers poll it until the receiver is ready. */
export const getHealth: Handler = async ({ res, deps }) => {
  sendJson(res, 200, { ok: true, store: deps.store.kind });
};
