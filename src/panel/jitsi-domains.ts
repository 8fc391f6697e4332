import { PLATFORM_MATCHES, WEB_PLATFORMS, originMatches } from '../shared/model/platform';

export type DomainError = 'invalid' | 'not-https' | 'known-platform';

/**
 * A domain the host typed ("meet.example.org", or a meeting link) as the one https origin to
 * ask the browser for. Anything wider (a wildcard, http, a platform we already know) is refused:
 * Hostguard asks for exactly the origin that hosts the meeting.
 */
export function originFromInput(input: string): { origin: string } | { error: DomainError } {
  const trimmed = input.trim();
  if (trimmed === '' || /[*\s]/.test(trimmed)) return { error: 'invalid' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { error: 'invalid' };
  }
  if (url.protocol !== 'https:') return { error: 'not-https' };
  if (!url.hostname.includes('.') || url.username || url.password) return { error: 'invalid' };
  const known = WEB_PLATFORMS.some((p) => PLATFORM_MATCHES[p].some((pattern) => originMatches(pattern, url.origin)));
  if (known) return { error: 'known-platform' };
  return { origin: url.origin };
}

/** Where the list lives and how the browser grants it; the browser one is in options-connector.ts. */
export interface DomainStore {
  list(): Promise<string[]>;
  /** Asks the browser for the origin (a user gesture must be on the stack), then stores it. */
  add(origin: string): Promise<boolean>;
  remove(origin: string): Promise<void>;
}
