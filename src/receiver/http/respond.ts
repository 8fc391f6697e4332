import type { ServerResponse } from 'node:http';

/** On every answer: nothing cached, nothing sniffed, no referrer leaking desk URLs. */
export const BASE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
});

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  send(res, status, JSON.stringify(body), { 'content-type': 'application/json; charset=utf-8', ...headers });
}

export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  sendJson(res, status, { error: message }, headers);
}

export function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  headers: Readonly<Record<string, string>>,
): void {
  // The client may have gone (killed after the commit): nothing left to tell it.
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...BASE_HEADERS, ...headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}
