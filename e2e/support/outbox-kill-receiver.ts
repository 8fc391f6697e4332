import type { ChromiumExtension } from './extension';
import { startReceiver, type RunningReceiver } from './receiver';

/**
 * The real receiver, with a window between its commit and its answer where the client dies:
 * `arm()` makes the next stored batch kill the service worker from onStored (the commit is done,
 * the response not yet written). Otherwise each answer waits 0 … `latencyMs`, as a receiver
 * across the internet would, so random kills also land between commit and answer.
 */
export interface KillingReceiver {
  receiver: RunningReceiver;
  /** Resolves true once a stored batch killed the worker, false if none was stored in time. */
  arm(timeoutMs: number): Promise<boolean>;
  /** Batches committed whose answer is not written yet. */
  awaitingAnswer(): number;
}

export async function startKillingReceiver(
  extension: ChromiumExtension,
  { latencyMs, random }: { latencyMs: number; random: () => number },
): Promise<KillingReceiver> {
  let armed: (() => void) | undefined;
  let awaiting = 0;
  const onStored = async () => {
    awaiting++;
    try {
      const killed = armed;
      armed = undefined;
      if (killed) {
        await extension.stop();
        killed();
      } else await new Promise((resolve) => setTimeout(resolve, random() * latencyMs));
    } finally {
      awaiting--;
    }
  };
  const receiver = await startReceiver({ onStored });
  return {
    receiver,
    awaitingAnswer: () => awaiting,
    arm: (timeoutMs) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          armed = undefined;
          resolve(false);
        }, timeoutMs);
        armed = () => {
          clearTimeout(timer);
          resolve(true);
        };
      }),
  };
}
