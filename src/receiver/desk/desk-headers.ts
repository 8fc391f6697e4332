/**
 * Desk pages run no script at all: styles from one same-origin sheet, images from this origin,
 * forms only to this origin, never framed.
 */
export const DESK_CSP =
  "default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export const DESK_HTML_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': DESK_CSP,
  'x-frame-options': 'DENY',
});

/** Served evidence bytes are never a document: sandboxed, no sniffing (BASE_HEADERS). */
export const EVIDENCE_CSP = "default-src 'none'; sandbox";
