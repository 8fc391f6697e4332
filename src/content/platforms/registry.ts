import type { MeetingAdapter } from '../adapter';
import { PLATFORM_MATCHES, WEB_PLATFORMS, originMatches } from '../../shared/model/platform';
import { jitsiAdapter } from './jitsi/adapter';
import { meetAdapter } from './meet/adapter';
import { practiceAdapter } from './practice/adapter';
import { teamsAdapter } from './teams/adapter';
import { zoomAdapter } from './zoom/adapter';

/** Every adapter, most specific first. The meta-test checks this list against the folders. */
export const ADAPTERS: readonly MeetingAdapter[] = [
  practiceAdapter,
  zoomAdapter,
  meetAdapter,
  teamsAdapter,
  jitsiAdapter,
];

/**
 * The adapter for a page. A page on none of the known meeting sites can only be a self-hosted
 * Jitsi the host added (the browser injects us nowhere else), so Jitsi takes it; it still starts
 * only once a Jitsi client renders there, and the background checks the origin was granted.
 */
export function adapterFor(url: URL): MeetingAdapter | undefined {
  const known = ADAPTERS.find((adapter) => adapter.matches(url));
  if (known) return known;
  const onKnownSite = WEB_PLATFORMS.some((p) =>
    PLATFORM_MATCHES[p].some((pattern) => originMatches(pattern, url.origin)),
  );
  if (url.protocol !== 'https:' || onKnownSite) return undefined;
  return ADAPTERS.find((adapter) => adapter.id === 'jitsi');
}
