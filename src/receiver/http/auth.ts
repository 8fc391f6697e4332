import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error';

/**
 * The token is the only secret. Comparing SHA-256 digests with timingSafeEqual takes the same
 * time whatever the candidate, its length included.
 */
export function tokenMatches(candidate: string | undefined, token: string): boolean {
  if (candidate === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(candidate), digest(token));
}

/** `Authorization: Bearer <token>`. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

/** The password of `Authorization: Basic …` (any user name): how a browser sends the token to the desk. */
export function basicPassword(req: IncomingMessage): string | undefined {
  const match = /^Basic +([A-Za-z0-9+/=]+) *$/i.exec(req.headers.authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

/** The API: bearer token only. */
export function requireBearer(req: IncomingMessage, token: string): void {
  const candidate = bearerToken(req);
  if (tokenMatches(candidate, token)) return;
  const why = req.headers.authorization ? 'The bearer token is wrong.' : 'Missing "Authorization: Bearer <token>".';
  throw new HttpError(401, why, { 'www-authenticate': 'Bearer realm="hostguard-receiver"' });
}

/** The safety desk: Basic (browsers) or bearer (scripts). */
export function requireDeskAuth(req: IncomingMessage, token: string): void {
  if (tokenMatches(bearerToken(req) ?? basicPassword(req), token)) return;
  throw new HttpError(401, 'Sign in with any user name and the receiver token as the password.', {
    'www-authenticate': 'Basic realm="Hostguard safety desk", charset="UTF-8"',
  });
}
