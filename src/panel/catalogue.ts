import type { MessageSource } from './i18n';

/** The `_locales/<lang>/messages.json` format. */
export type MessageCatalogue = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }
>;

/**
 * `i18n.getMessage` semantics over a catalogue, for tests and previews outside the extension:
 * keys are case-insensitive, `$NAME$` placeholders resolve to their content, then `$1`…`$9`
 * to substitutions in one pass (substituted text is never re-expanded), and `$$` is a `$`.
 */
export function catalogueSource(catalogue: MessageCatalogue): MessageSource {
  const byLowerKey = new Map(Object.entries(catalogue).map(([key, entry]) => [key.toLowerCase(), entry]));
  return (key, substitutions = []) => {
    const entry = byLowerKey.get(key.toLowerCase());
    if (!entry) return '';
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    const expanded = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) =>
      placeholders.has(name.toLowerCase()) ? placeholders.get(name.toLowerCase())! : whole,
    );
    return expanded.replace(/\$(\$|[1-9])/g, (_, what: string) =>
      what === '$' ? '$' : (substitutions[Number(what) - 1] ?? ''),
    );
  };
}

/** Placeholder names a message uses, for checking locales against each other. */
export function placeholdersOf(entry: MessageCatalogue[string]): string[] {
  return [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}
