/* The Jitsi replica's DOM helpers: the shared builder, plus Jitsi's icons and class names. */
import { h } from '../dom';

export * from '../dom';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Jitsi's `Icon`: a `div.jitsi-icon` container (optional id) around an `<svg>` carrying the icon's
 * own id, e.g. `svg#videoMuted` (participants-pane/constants.tsx, base/icons/components/Icon.tsx).
 */
export function icon(doc: Document, opts: { svgId?: string; containerId?: string; testId?: string } = {}): HTMLElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('viewBox', '0 0 24 24');
  if (opts.svgId) svg.setAttribute('id', opts.svgId);
  svg.append(doc.createElementNS(SVG, 'path'));
  return h(
    doc,
    'div',
    { class: 'jitsi-icon jitsi-icon-default', id: opts.containerId, 'data-testid': opts.testId },
    svg,
  );
}

/**
 * tss-react class names are generated hashes (meeting-dom.md §4.0): the replica emits look-alikes
 * so an adapter that keys on them breaks here as it would on the real client.
 */
export function tss(name: string): string {
  let hash = 5381;
  for (const char of name) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return `tss-${hash.toString(36).slice(0, 6)}-${name}`;
}
