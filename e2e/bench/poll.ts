/**
 * Waits for a condition the bench cannot observe from inside a page (the background session).
 * Used only between measured runs; inside a run the pages wait on their own DOM.
 */
export async function pollUntil(
  condition: () => Promise<boolean>,
  what: string,
  { timeoutMs = 15_000, everyMs = 25 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
