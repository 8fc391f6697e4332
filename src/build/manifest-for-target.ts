import type { BuildTarget } from './targets';
import { PLATFORM_ALL_FRAMES, PLATFORM_MATCHES, WEB_PLATFORMS } from '../shared/model/platform';

/** The Chrome base manifest as read from manifest.json; only the keys we rewrite are typed. */
export interface BaseManifest {
  [key: string]: unknown;
  permissions?: string[];
  background?: { service_worker: string; type?: string };
  side_panel?: { default_path: string };
  action?: { default_title?: string; default_icon?: Record<string, string> };
}

/** Firefox add-on id; fixed forever once published on addons.mozilla.org. */
export const GECKO_ID = 'hostguard@hostguard.app';

/**
 * Test builds only: a fixed public key gives Chromium a stable extension id, so e2e can open
 * chrome-extension://<id>/ pages. Store builds never carry it; the store assigns the id.
 */
export const TEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqGABne7OWGdKhV/2jOvaEhUQcoXTMnyRFy2Xoa9iF1D9YdzTBoydfA9IoQiOGhDRfNJMShnJkfwEob5Er4eDNBfyb3MnBCT8eFPAynsczocN8jpVA+wVyhMtEjrSFMyYV4xBbnL8vmKH9b6NgIorqkX8EgxBJG9I4iupOtNJ/zencdqcD4r4l3dHBnP7JGteee05QOjjLzbo55m1LYl3CEnOuzbfZU7Go0N0td7NBYrWMqSnTYsS9bGM3Ums3mp3+uxONZd0D3M5gJ2VtCfoFNfbxGg+jtyE+XJFDFHZ1lJITK1YfOl/6uT1P5H1PuoshvAj8Q0lOjazmRzDpENP+QIDAQAB';

import { CONTENT_SCRIPT_FILE as CONTENT_SCRIPT } from './content-script-plugin';

/**
 * Content scripts and host permissions come from the platforms' match patterns (one source of
 * truth, no `<all_urls>`): one entry per frame policy. Self-hosted Jitsi origins are requested at
 * run time (optional host permissions) and registered by the background, never declared here.
 */
export function meetingSiteAccess() {
  const entry = (allFrames: boolean) => ({
    matches: WEB_PLATFORMS.filter((p) => PLATFORM_ALL_FRAMES[p] === allFrames).flatMap((p) => [...PLATFORM_MATCHES[p]]),
    js: [CONTENT_SCRIPT],
    run_at: 'document_idle',
    all_frames: allFrames,
  });
  const content_scripts = [entry(true), entry(false)].filter((e) => e.matches.length > 0);
  return { content_scripts, host_permissions: content_scripts.flatMap((e) => e.matches) };
}

/**
 * The image check compiles tfjs's WASM in extension pages; without 'wasm-unsafe-eval' both
 * browsers block it and tfjs silently falls back to a slower backend. Nothing else is loosened.
 */
export const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

/** Chrome's manifest is the base; Firefox gets its own keys, each rewrite says why. */
export function manifestForTarget(base: BaseManifest, target: BuildTarget): Record<string, unknown> {
  const manifest: Record<string, unknown> = structuredClone(base);
  Object.assign(manifest, meetingSiteAccess());
  // Asked for at run time, one origin at a time: a self-hosted Jitsi, the report receiver, the
  // chat webhook. `<all_urls>` only if the host allows screenshots of every meeting tab
  // (captureVisibleTab needs it or activeTab; per-site grants do not count).
  manifest.optional_host_permissions = ['https://*/*', '<all_urls>'];
  manifest.content_security_policy = { extension_pages: EXTENSION_PAGES_CSP };
  // Chrome's service worker has no DOM: the image classifier runs in an offscreen document.
  if (target.browser === 'chrome') manifest.permissions = [...(base.permissions ?? []), 'offscreen'];
  if (target.browser === 'firefox') toFirefox(manifest, base);
  if (target.test) addTestAccess(manifest, target);
  return manifest;
}

function toFirefox(manifest: Record<string, unknown>, base: BaseManifest): void {
  // Firefox MV3 has no service worker background: it runs the same module as an event page.
  manifest.background = { scripts: [base.background?.service_worker], type: 'module' };
  // Firefox has no sidePanel API; the same page is its sidebar.
  delete manifest.side_panel;
  delete manifest.minimum_chrome_version;
  manifest.permissions = (base.permissions ?? []).filter((p) => p !== 'sidePanel');
  manifest.sidebar_action = {
    default_panel: base.side_panel?.default_path,
    default_title: base.action?.default_title,
    default_icon: base.action?.default_icon,
    open_at_install: false,
  };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      // 142 is the first version that reads data_collection_permissions on every platform.
      strict_min_version: '142.0',
      // Nothing leaves the browser unless the host sets a report receiver or chat webhook: then
      // reports carry names as shown and screenshots of the meeting (the host opts in).
      data_collection_permissions: { required: ['none'], optional: ['personallyIdentifyingInfo', 'websiteContent'] },
    },
  };
}

function addTestAccess(manifest: Record<string, unknown>, target: BuildTarget): void {
  manifest.name = 'Hostguard (test build)';
  if (target.browser === 'chrome') manifest.key = TEST_KEY;
  const practice = [...PLATFORM_MATCHES.practice];
  manifest.content_scripts = [
    ...(manifest.content_scripts as object[]),
    { matches: practice, js: [CONTENT_SCRIPT], run_at: 'document_idle', all_frames: false },
  ];
  manifest.host_permissions = [...(manifest.host_permissions as string[]), ...practice];
}
