import type { ComponentChild } from 'preact';

/**
 * `t(key, substitutions)` over `_locales/<lang>/messages.json`. The panel wires in
 * `browser.i18n.getMessage` at start-up through the connector; until then (unit tests, a page
 * opened outside the extension) a missing message shows its key, so a gap is visible, not blank.
 */
export type MessageSource = (key: string, substitutions?: string[]) => string;

let source: MessageSource = () => '';
let language: string | undefined;

export function setMessageSource(next: MessageSource, uiLanguage?: string): void {
  source = next;
  language = uiLanguage;
  timeFormat = undefined;
}

export type Substitution = string | number;

export function t(key: string, substitutions?: Substitution | readonly Substitution[]): string {
  return lookup(key, substitutions) || key;
}

/** The message, or '' when this locale has no such key (for optional, data-driven keys). */
export function lookup(key: string, substitutions?: Substitution | readonly Substitution[]): string {
  const list = substitutions === undefined ? undefined : [substitutions].flat().map(String);
  return source(key, list);
}

/** A `_locales` key from a prefix and a model id: `result` + `control-missing` -> `result_control_missing`. */
export function msgKey(prefix: string, id: string): string {
  const snake = id
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase();
  return `${prefix}_${snake}`;
}

// Private-use characters stand in for components: translations may reorder placeholders.
const SLOT_BASE = 0xe000;
const SLOT_PATTERN = /([\uE000-\uE008])/u;

/**
 * A message with components in its placeholders (e.g. a `<DisplayName>`), so attacker text
 * is never pasted into a translated string: it stays its own bidi-isolated node.
 */
export function tParts(key: string, parts: readonly ComponentChild[]): ComponentChild[] {
  const slots = parts.map((_, index) => String.fromCharCode(SLOT_BASE + index));
  const message = t(key, slots);
  return message
    .split(SLOT_PATTERN)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const index = piece.length === 1 ? piece.charCodeAt(0) - SLOT_BASE : -1;
      return index >= 0 && index < parts.length ? parts[index] : piece;
    });
}

let timeFormat: Intl.DateTimeFormat | undefined;

/** Wall-clock time of an event, in the browser's UI language. */
export function formatTime(at: number): string {
  timeFormat ??= new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return timeFormat.format(at);
}
