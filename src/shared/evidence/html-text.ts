import { DISPLAY_NAME_LIMITS, toDisplayName } from '../text/display-name';
import { hiddenKind, markerFor } from '../text/hidden-chars';

/**
 * Attacker-written text as HTML for the bundle summary, which is a string (no DOM): every
 * character that means something in HTML is escaped, names are isolated in <bdi>, and invisible
 * or direction-changing characters become visible ⟨U+XXXX⟩ markers.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const markerHtml = (text: string) => `<span class="hidden-char">${escapeHtml(text)}</span>`;

/** Any untrusted text (titles, reasons, details): escaped, hidden characters made visible. */
export function textHtml(raw: string): string {
  let out = '';
  let run = '';
  for (const char of raw) {
    const cp = char.codePointAt(0)!;
    if (hiddenKind(cp) && char !== '\n') {
      out += escapeHtml(run) + markerHtml(markerFor(cp));
      run = '';
    } else run += char;
  }
  return out + escapeHtml(run);
}

/** A display name: bounded like in the panel, bidi-isolated, markers for hidden characters. */
export function nameHtml(raw: string): string {
  const view = toDisplayName(raw, { maxClusters: DISPLAY_NAME_LIMITS.titleClusters });
  const inner = view.segments
    .map((segment) => (segment.kind === 'text' ? escapeHtml(segment.text) : markerHtml(segment.text)))
    .join('');
  return `<bdi>${inner}${view.truncated ? '…' : ''}</bdi>`;
}
