import { SyntaxKind, type BlacklistedTerm, type Node } from 'obscenity';
import { collapseLikeMatcher } from './term-entry';

/**
 * One regular expression that matches wherever any of the matcher's patterns could, built the
 * way obscenity compiles each pattern (literal, `(?:x)?`, `.`, `\b`). obscenity tries its few
 * hundred patterns one by one; almost every name is clean, so one combined test first keeps a
 * clean name to a single scan (measured: about 10× faster on the benign corpus). Only when it
 * hits does the exact, whitelist-aware obscenity pass run.
 */
export function createPrefilter(terms: readonly BlacklistedTerm[]): (view: string) => boolean {
  const sources = terms.map(({ pattern }) => {
    let source = pattern.requireWordBoundaryAtStart ? '\\b' : '';
    for (const node of pattern.nodes) source += nodeSource(node);
    return source + (pattern.requireWordBoundaryAtEnd ? '\\b' : '');
  });
  const combined = new RegExp(sources.join('|'), 's');
  // The same doubled-letter cut as the matcher's transformer, so both read the same text.
  return (view) => combined.test(collapseLikeMatcher(view));
}

const SPECIAL = /[[\].*+?^${}()|\\/]/g;
function nodeSource(node: Node): string {
  switch (node.kind) {
    case SyntaxKind.Literal:
      return String.fromCodePoint(...node.chars).replace(SPECIAL, '\\$&');
    case SyntaxKind.Optional:
      return `(?:${nodeSource(node.childNode)})?`;
    case SyntaxKind.Wildcard:
      return '.';
  }
}
