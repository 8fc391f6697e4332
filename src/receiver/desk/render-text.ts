import { toDisplayName } from '../../shared/text/display-name';
import { html, type SafeHtml } from './html';

/**
 * Untrusted text for the reviewer: isolated in <bdi> so a right-to-left override cannot reorder
 * the page around it, hidden characters shown as ⟨U+…⟩ markers, length and Zalgo bounded by
 * shared/text/display-name.ts. Raw values stay in the export and the stored body.
 */
export function renderText(raw: string, maxClusters = 256): SafeHtml {
  const view = toDisplayName(raw, { maxClusters });
  const parts = view.segments.map((segment) =>
    segment.kind === 'marker' ? html`<span class="hidden-char">${segment.text}</span>` : segment.text,
  );
  const empty = view.segments.length === 0 ? html`<span class="meta">(empty)</span>` : '';
  return html`<bdi class="untrusted">${parts}${empty}${view.truncated ? '…' : ''}</bdi>`;
}

/** A display name, with a warning when it hides characters (a spoofing sign). */
export function renderName(raw: string, maxClusters = 64): SafeHtml {
  const view = toDisplayName(raw, { maxClusters });
  const flags = [
    view.hasBidiControl ? 'reorders text' : '',
    view.hasInvisible ? 'hides characters' : '',
    view.truncated ? `${[...raw].length} characters, shortened` : '',
  ].filter(Boolean);
  const warning = flags.length ? html` <span class="flag">(${flags.join(', ')})</span>` : '';
  return html`${renderText(raw, maxClusters)}${warning}`;
}

/** Multi-line text (the reporter's note): one line per line, each isolated. */
export function renderLines(raw: string, maxClusters = 1_000): SafeHtml {
  const lines = raw.split(/\r\n|\r|\n/).slice(0, 100);
  return html`${lines.map((line, index) => html`${index ? html`<br />` : ''}${renderText(line, maxClusters)}`)}`;
}
