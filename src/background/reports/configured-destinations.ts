import { browser } from '../../shared/platform/browser';
import { asDestinations, DESTINATIONS_KEY } from '../../shared/model/destinations';

export type DestinationId = 'endpoint' | 'webhook';

/**
 * Where a new report goes: every destination the host set on the options page. With none set it
 * still goes to the endpoint's queue, which waits (and says so) until the host sets one.
 */
export async function configuredDestinations(): Promise<DestinationId[]> {
  const stored = await browser.storage.local.get(DESTINATIONS_KEY);
  const destinations = asDestinations(stored[DESTINATIONS_KEY]);
  const chosen: DestinationId[] = [];
  if (destinations.endpoint || !destinations.webhook) chosen.push('endpoint');
  if (destinations.webhook) chosen.push('webhook');
  return chosen;
}
