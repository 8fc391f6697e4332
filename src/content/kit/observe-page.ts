/** Test builds only: each pass's cost, on the page's performance timeline for `npm run bench`. */
export const OBSERVER_PASS_MEASURE = 'hostguard:observer-pass';
// Folded at build time; `typeof` keeps bundles made without the build's defines (bench probes) working.
const MEASURE_PASSES = typeof __TEST_HOOKS__ !== 'undefined' && __TEST_HOOKS__;

export interface ObserveOptions {
  /** Attributes whose changes matter (row keys, labels); others never wake the observer. */
  attributes?: readonly string[];
}

/**
 * ONE MutationObserver over the whole document, coalesced to one pass per microtask, so a raid
 * of a hundred joins costs a few passes. `pass(null, at)` asks for a full read: the first pass,
 * and the pass after one that threw (an unexpected page state must not end observation).
 */
export function observePage(
  doc: Document,
  options: ObserveOptions,
  pass: (records: readonly MutationRecord[] | null, at: number) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  let pending: MutationRecord[] = [];
  let scheduled = false;
  let fullReadNext = true;

  function run() {
    scheduled = false;
    if (signal.aborted) return;
    const records = fullReadNext ? null : pending;
    pending = [];
    fullReadNext = false;
    const start = MEASURE_PASSES ? performance.now() : 0;
    try {
      pass(records, Date.now());
    } catch {
      fullReadNext = true;
    }
    // Compiled out of store builds; the bench reads these user-timing entries from the page.
    if (MEASURE_PASSES) performance.measure(OBSERVER_PASS_MEASURE, { start });
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) pending.push(record);
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(run);
  });
  const attributes = options.attributes ?? [];
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    ...(attributes.length > 0 ? { attributes: true, attributeFilter: [...attributes] } : {}),
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      pending = [];
    },
    { once: true },
  );
  run();
}
