/** Default time a control may take to appear before an action gives up with a clear result. */
export const CONTROL_TIMEOUT_MS = 2_000;

export class WaitTimeout extends Error {
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`${what} did not appear within ${ms} ms`);
  }
}

/**
 * Resolves with `check()`'s first truthy value, re-checking on every DOM mutation (no polling, so
 * it reacts within the same frame the client renders). Rejects with WaitTimeout or on abort.
 */
export function waitFor<T>(
  check: () => T | null | undefined | false,
  what: string,
  { root = document.documentElement, timeoutMs = CONTROL_TIMEOUT_MS, signal }: WaitOptions = {},
): Promise<T> {
  const first = check();
  if (first) return Promise.resolve(first);
  return new Promise<T>((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const value = check();
      if (value) finish(() => resolve(value));
    });
    const timer = setTimeout(() => finish(() => reject(new WaitTimeout(what, timeoutMs))), timeoutMs);
    const onAbort = () => finish(() => reject(signal?.reason ?? new Error('aborted')));
    function finish(settle: () => void) {
      observer.disconnect();
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    }
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

export interface WaitOptions {
  root?: Node;
  timeoutMs?: number;
  signal?: AbortSignal | undefined;
}
