/**
 * Records CSP violations in the page that runs the model. Without 'wasm-unsafe-eval' tfjs does
 * not fail loudly: `setBackend('wasm')` returns false and it would quietly fall back
 * (detection.md §1.4), so the status reports what the page saw.
 */
const MAX_KEPT = 20;
const seen: string[] = [];
let watching = false;

export function watchCspViolations(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  document.addEventListener('securitypolicyviolation', (event) => {
    if (seen.length < MAX_KEPT) seen.push(`${event.effectiveDirective} ${event.blockedURI}`.slice(0, 300));
  });
}

export function cspViolations(): string[] {
  return [...seen];
}
