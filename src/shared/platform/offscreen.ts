/**
 * Chrome only: the one offscreen document an extension may have open, created on demand. The
 * service worker has no DOM, canvas or WASM-friendly lifetime, so DOM work goes there. Firefox
 * has no offscreen API: its background is already a page.
 */
export interface OffscreenDocumentSpec {
  /** Extension-relative path of the page, e.g. `src/background/image-check/offscreen.html`. */
  path: string;
  reasons: chrome.offscreen.Reason[];
  justification: string;
}

let pending: Promise<void> | undefined;

/**
 * Resolves once the document exists. Calls are serialised: two frames arriving together must not
 * both call createDocument (the second throws "Only a single offscreen document may be created").
 * The check runs each time, because a restarted service worker has lost this module's state
 * while the document lives on.
 */
export function ensureOffscreenDocument(spec: OffscreenDocumentSpec): Promise<void> {
  pending ??= createIfMissing(spec).finally(() => (pending = undefined));
  return pending;
}

async function createIfMissing(spec: OffscreenDocumentSpec): Promise<void> {
  const url = chrome.runtime.getURL(spec.path);
  if (await isOpen(url)) return;
  try {
    await chrome.offscreen.createDocument({ url, reasons: spec.reasons, justification: spec.justification });
  } catch (error) {
    // Another context of ours may have created it in between; only a missing document is an error.
    if (!(await isOpen(url))) throw error;
  }
}

async function isOpen(url: string): Promise<boolean> {
  const contexts = await chrome.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
    documentUrls: [url],
  });
  return contexts.length > 0;
}
