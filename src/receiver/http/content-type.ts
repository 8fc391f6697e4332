import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error';

/** The media type of the request without parameters (`application/json; charset=utf-8` → `application/json`). */
export function mediaTypeOf(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** 415 unless the request's media type is one of `allowed`. */
export function requireMediaType<T extends string>(req: IncomingMessage, allowed: readonly T[]): T {
  const type = mediaTypeOf(req);
  if ((allowed as readonly string[]).includes(type)) return type as T;
  const got = type ? `"${type.slice(0, 100)}"` : 'none';
  throw new HttpError(415, `Content-Type must be ${allowed.join(' or ')} (got ${got}).`);
}
