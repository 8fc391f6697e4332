/**
 * Where the host sends reports (options page), in storage.local `destinations`:
 * - `endpoint`: the organisation's Hostguard receiver, a base URL to which `/v1/reports` and
 *   `/v1/evidence/<sha256>` are appended, and its bearer token;
 * - `webhook`: a chat channel (co-hosts, safety lead) that gets a text-only heads-up.
 * Both URLs are secrets of a kind (a webhook URL is its own credential): reasons shown to the
 * host name only the origin.
 */
export const DESTINATIONS_KEY = 'destinations';

export const WEBHOOK_FLAVOURS = ['slack', 'discord', 'teams'] as const;
export type WebhookFlavour = (typeof WEBHOOK_FLAVOURS)[number];

export interface EndpointSettings {
  url: string;
  token: string;
}

export interface WebhookSettings {
  url: string;
  flavour: WebhookFlavour;
}

export interface DestinationSettings {
  endpoint?: EndpointSettings;
  webhook?: WebhookSettings;
}

const URL_MAX = 2_048;
const TOKEN_MAX = 4_096;
/** A bearer token goes into a header: visible ASCII only, so it can never split the request. */
const TOKEN_CHARS = /^[\x21-\x7e]+$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isUrlText = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= URL_MAX;

/** Shape only: a URL that fails checkEndpointUrl is kept, so the host is told why it is unusable. */
export function asDestinations(value: unknown): DestinationSettings {
  if (!isRecord(value)) return {};
  const settings: DestinationSettings = {};
  const { endpoint, webhook } = value;
  if (isRecord(endpoint) && isUrlText(endpoint.url) && typeof endpoint.token === 'string') {
    const token = endpoint.token.trim();
    if (token.length <= TOKEN_MAX && TOKEN_CHARS.test(token)) settings.endpoint = { url: endpoint.url.trim(), token };
  }
  if (
    isRecord(webhook) &&
    isUrlText(webhook.url) &&
    (WEBHOOK_FLAVOURS as readonly unknown[]).includes(webhook.flavour)
  ) {
    settings.webhook = { url: webhook.url.trim(), flavour: webhook.flavour as WebhookFlavour };
  }
  return settings;
}

export type UrlProblem = 'invalid' | 'scheme' | 'credentials' | 'query';
export type UrlCheck =
  | { ok: true; origin: string; /** The URL to append paths to, without a trailing slash. */ base: string }
  | { ok: false; problem: UrlProblem; reason: string };

/** Plain http is for a receiver on this machine only (tests, a local demo). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parseSecureUrl(raw: string): URL | Extract<UrlCheck, { ok: false }> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, problem: 'invalid', reason: 'this is not a complete URL (https://…)' };
  }
  const loopback = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !loopback) {
    return { ok: false, problem: 'scheme', reason: 'the URL must start with https:// (plain http only for localhost)' };
  }
  if (url.username || url.password) {
    return { ok: false, problem: 'credentials', reason: 'the URL must not carry a user name or password' };
  }
  return url;
}

/** The receiver's base URL: https (http only on loopback), no credentials, no query or fragment. */
export function checkEndpointUrl(raw: string): UrlCheck {
  const url = parseSecureUrl(raw);
  if (!(url instanceof URL)) return url;
  if (url.search || url.hash || raw.includes('?') || raw.includes('#')) {
    return { ok: false, problem: 'query', reason: 'the base URL cannot have a ?query or #fragment' };
  }
  return { ok: true, origin: url.origin, base: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** A chat webhook URL: same rules, but its query is kept (Teams Workflows URLs sign with it). */
export function checkWebhookUrl(raw: string): UrlCheck {
  const url = parseSecureUrl(raw);
  if (!(url instanceof URL)) return url;
  if (url.hash) return { ok: false, problem: 'query', reason: 'the webhook URL cannot have a #fragment' };
  return { ok: true, origin: url.origin, base: url.href };
}

/**
 * The match pattern to request and check for one origin: `https://host/*`. A port is not part of
 * a match pattern (Firefox rejects one), so a loopback receiver on :8787 is `http://localhost/*`.
 */
export function permissionPatternFor(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** `https://r.example.org/hostguard` + `/v1/reports`. */
export const endpointUrl = (base: string, path: `/${string}`): string => `${base}${path}`;
