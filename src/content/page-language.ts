import type { MeetingAdapter } from './adapter';

export interface PageLanguage {
  /** The client's UI language as the page declares it (`<html lang>`), e.g. `fr-FR`; '' when unset. */
  tag: string;
  /** The adapter knows this language's labels (an unset language is assumed readable). */
  readable: boolean;
}

/**
 * Clients localise their aria-labels and menu texts, so an adapter reading a language it does not
 * know finds no controls. The panel says so instead of failing silently.
 */
export function pageLanguage(adapter: MeetingAdapter, doc: Document): PageLanguage {
  const tag = (doc.documentElement.lang || '').trim().slice(0, 35);
  const primary = tag.split('-')[0]!.toLowerCase();
  return { tag, readable: primary === '' || adapter.languages.includes(primary) };
}
