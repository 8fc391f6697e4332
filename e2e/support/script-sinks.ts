import type { BrowserContext, Page } from '@playwright/test';

/**
 * Counts every way an injected name could run or load something, in every page of a context:
 * the `__pwned` and `alert`/`confirm`/`prompt` sinks the payloads call, CSP violations (a blocked
 * inline handler is still an injection), native dialogs, elements that text rendering never
 * creates, and requests for `pwned` URLs.
 */
export interface SinkReport {
  calls: string[];
  cspViolations: string[];
  injectedElements: string[];
}

/** Tags no name rendering may ever produce (forms and inputs are the meeting's own UI). */
export const DANGEROUS_TAGS = [
  'img', 'svg', 'script', 'iframe', 'frame', 'object', 'embed', 'math', 'video', 'audio', 'source', 'marquee',
  'details', 'noscript', 'template', 'style', 'link', 'meta', 'base', 'a', 'animate', 'body',
]; // prettier-ignore

function instrument(dangerous: string[]): void {
  const report = { calls: [] as string[], cspViolations: [] as string[], injectedElements: [] as string[] };
  Object.defineProperty(window, '__sinkReport', { value: report });
  const sink = (name: string) => (arg?: unknown) => void report.calls.push(`${name}(${String(arg)})`);
  Object.assign(window, { __pwned: sink('__pwned'), alert: sink('alert'), confirm: sink('confirm') });
  Object.assign(window, { prompt: sink('prompt') });
  document.addEventListener('securitypolicyviolation', (e) => report.cspViolations.push(e.violatedDirective), true);
  const selector = dangerous.join(',');
  // The page's own <body> and the <script>/<link> in its <head> come from its HTML.
  const note = (el: Element) => {
    if (el !== document.body && !el.closest('head')) report.injectedElements.push(el.tagName.toLowerCase());
  };
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(selector)) note(node);
        node.querySelectorAll(selector).forEach(note);
      }
  }).observe(document, { childList: true, subtree: true });
}

export interface Sinks {
  /** Native dialogs opened anywhere in the context (dismissed at once). */
  dialogs: string[];
  /** Requests for URLs containing `pwned`. */
  requests: string[];
  read(page: Page): Promise<SinkReport>;
}

/** Call before opening the pages to watch: init scripts run before any page script. */
export async function installSinks(context: BrowserContext): Promise<Sinks> {
  await context.addInitScript(instrument, DANGEROUS_TAGS);
  const dialogs: string[] = [];
  const requests: string[] = [];
  context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  context.on('request', (request) => {
    if (/pwned/i.test(request.url())) requests.push(request.url());
  });
  return {
    dialogs,
    requests,
    read: (page) =>
      page.evaluate(() => {
        const report = (window as unknown as { __sinkReport?: SinkReport }).__sinkReport;
        if (!report) throw new Error('sinks not installed in this page');
        return report;
      }),
  };
}
