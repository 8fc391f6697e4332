/** Every meeting client Hostguard knows. */
export const PLATFORM_IDS = ['practice', 'zoom', 'meet', 'teams', 'jitsi'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

/**
 * Where each client runs, as manifest match patterns: the one source of truth for the store
 * manifests (content_scripts, host_permissions), the adapters' `matchPatterns` and the sender
 * policy that checks a content script's platform claim against its origin. No `<all_urls>`.
 * Jitsi also runs on self-hosted domains the host adds at run time (options page).
 */
export const PLATFORM_MATCHES: Readonly<Record<PlatformId, readonly string[]>> = Object.freeze({
  // Our own page (drills) in store builds; test builds also serve it from localhost.
  practice: ['http://localhost/*', 'http://127.0.0.1/*'],
  // meeting-dom.md §1.0: the web client at app.zoom.us/wc/…, and vanity subdomains.
  zoom: ['https://app.zoom.us/wc/*', 'https://*.zoom.us/wc/*'],
  meet: ['https://meet.google.com/*'],
  // meeting-dom.md §3.0: all three hosts serve the web client.
  teams: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
  jitsi: ['https://meet.jit.si/*'],
});

/** Clients that run their meeting in a same-origin iframe: the content script runs in every frame. */
export const PLATFORM_ALL_FRAMES: Readonly<Record<PlatformId, boolean>> = Object.freeze({
  practice: false,
  // meeting-dom.md §1.0: iframe.pwa-webclient__iframe inside the app.zoom.us/wc shell.
  zoom: true,
  meet: false,
  teams: false,
  // meeting-dom.md §4.0: the iframe API embeds the conference in iframe#jitsiConferenceFrame<N>.
  jitsi: true,
});

/** Platforms whose content script the store builds declare (the practice meeting needs none). */
export const WEB_PLATFORMS = PLATFORM_IDS.filter((id) => id !== 'practice');

/**
 * Whether `origin` (scheme://host[:port]) is one a match pattern covers. Only scheme and host are
 * compared: a sender's origin has no path. `*.host` covers the host and its subdomains.
 */
export function originMatches(pattern: string, origin: string): boolean {
  const parsed = /^(https?|\*):\/\/([^/]+)\//.exec(pattern);
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (!parsed) return false;
  const [, scheme, host] = parsed as unknown as [string, string, string];
  if (scheme !== '*' && url.protocol !== `${scheme}:`) return false;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return url.hostname === base || url.hostname.endsWith(`.${base}`);
  }
  return url.hostname === host;
}

/** Match pattern for one origin the host granted at run time (a self-hosted Jitsi). */
export const patternForOrigin = (origin: string): string => `${new URL(origin).origin}/*`;
