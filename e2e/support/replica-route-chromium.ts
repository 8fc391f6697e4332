import type { BrowserContext, Page } from '@playwright/test';
import type { ReplicaState } from '../../src/replicas/replica';
import { REPLICA_URLS, replicaHtml, type ReplicaPlatform } from './replica-pages';

/**
 * Serves a replica at its platform's real origin through Playwright's request routing: the
 * browser believes it is on app.zoom.us (or meet.google.com…), so the extension's content script
 * injects exactly as it would in production. Nothing reaches the network.
 */
export async function routeReplica(context: BrowserContext, platform: ReplicaPlatform): Promise<void> {
  const html = await replicaHtml(platform);
  const origin = new URL(REPLICA_URLS[platform]).origin;
  await context.route(`${origin}/**`, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, body: '' }),
  );
}

/** Scripts a remote participant through the replica's control (the network's side of the meeting). */
export function remote(page: Page) {
  const call = <T>(fn: string, ...args: string[]) =>
    page.evaluate(
      ([name, params]) => {
        const control = window.__replica as unknown as Record<string, (...a: string[]) => unknown> | undefined;
        if (!control) throw new Error('the replica has not mounted');
        return control[name]!(...params) as never;
      },
      [fn, args] as const,
    ) as Promise<T>;
  return {
    join: (name: string) => call<string>('join', name),
    share: (id: string) => call<void>('share', id),
    state: () => call<ReplicaState>('state'),
  };
}
