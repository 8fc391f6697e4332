import type { Page } from 'puppeteer-core';
import type { ReplicaState } from '../../src/replicas/replica';
import { REPLICA_URLS, replicaHtml, type ReplicaPlatform } from './replica-pages';

/**
 * Serves a replica at its platform's real origin in Firefox: puppeteer's request interception
 * (WebDriver BiDi network intercepts) answers every request to that origin, so nothing reaches
 * the network and the content script injects as on the real site.
 */
export async function routeReplicaFirefox(page: Page, platform: ReplicaPlatform): Promise<void> {
  const html = await replicaHtml(platform);
  const origin = new URL(REPLICA_URLS[platform]).origin;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (!request.url().startsWith(`${origin}/`)) return void request.continue();
    // COMPAT(firefox): BiDi requests have no resourceType(); the replica loads nothing but its page.
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/** The network's side of the meeting, scripted through the replica's control. */
export function remoteFirefox(page: Page) {
  const call = <T>(name: string, ...args: string[]) =>
    page.evaluate(
      (fn: string, params: string[]) => {
        const control = window.__replica as unknown as Record<string, (...a: string[]) => unknown> | undefined;
        if (!control) throw new Error('the replica has not mounted');
        return control[fn]!(...params) as never;
      },
      name,
      args,
    ) as Promise<T>;
  return {
    join: (name: string) => call<string>('join', name),
    share: (id: string) => call<void>('share', id),
    state: () => call<ReplicaState>('state'),
  };
}
