import { browser } from '../../shared/platform/browser';
import {
  asDestinations,
  checkEndpointUrl,
  checkWebhookUrl,
  DESTINATIONS_KEY,
  permissionPatternFor,
  type DestinationSettings,
  type WebhookFlavour,
} from '../../shared/model/destinations';
import type { DestinationKind } from '../../shared/model/outbox';
import type { DeliveryOutcome } from './outcome';

/**
 * Whether a destination can be tried now: set, with a usable URL, and with the browser's
 * permission for its origin. Read at every drain round, so a change on the options page applies
 * to reports already queued.
 */
export async function readDestinations(): Promise<DestinationSettings> {
  return asDestinations((await browser.storage.local.get(DESTINATIONS_KEY))[DESTINATIONS_KEY]);
}

type Blocked = { ok: false; outcome: Extract<DeliveryOutcome, { kind: 'blocked' }> };
export type EndpointAccess = { ok: true; base: string; origin: string; token: string } | Blocked;
export type WebhookAccess = { ok: true; url: string; origin: string; flavour: WebhookFlavour } | Blocked;

export async function reachEndpoint(settings: DestinationSettings): Promise<EndpointAccess> {
  const access = await checkAccess('endpoint', settings.endpoint?.url);
  return access.ok ? { ok: true, base: access.base, origin: access.origin, token: settings.endpoint!.token } : access;
}

export async function reachWebhook(settings: DestinationSettings): Promise<WebhookAccess> {
  const access = await checkAccess('webhook', settings.webhook?.url);
  return access.ok ? { ok: true, url: access.base, origin: access.origin, flavour: settings.webhook!.flavour } : access;
}

async function checkAccess(
  destination: DestinationKind,
  url: string | undefined,
): Promise<{ ok: true; base: string; origin: string } | Blocked> {
  const values = { destination };
  if (url === undefined)
    return { ok: false, outcome: { kind: 'blocked', by: 'config', code: 'no-destination', values } };
  const check = destination === 'endpoint' ? checkEndpointUrl(url) : checkWebhookUrl(url);
  if (!check.ok) {
    const outcome = {
      kind: 'blocked',
      by: 'config',
      code: 'destination-invalid',
      values: { ...values, text: check.reason },
    } as const;
    return { ok: false, outcome };
  }
  if (!(await originGranted(check.origin))) {
    const outcome = {
      kind: 'blocked',
      by: 'permission',
      code: 'permission-missing',
      values: { ...values, origin: check.origin },
    } as const;
    return { ok: false, outcome };
  }
  return { ok: true, base: check.base, origin: check.origin };
}

/**
 * Optional host permissions are granted per origin on the options page; an origin the manifest
 * already grants answers true here too, so one call covers both.
 */
async function originGranted(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [permissionPatternFor(origin)] });
  } catch (error) {
    console.warn('Hostguard: could not check the permission for', origin, error);
    return false;
  }
}
