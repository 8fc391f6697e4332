import { browser } from '../../shared/platform/browser';
import { displayText } from '../../shared/text/display-name';
import type { CoverText } from './blur-cover';

/** The cover's words in the browser's language; the sharer's name with hidden characters shown. */
export function coverText(sharerName: string): CoverText {
  const say = (key: string, substitutions?: string) => browser.i18n.getMessage(key, substitutions) || key;
  return {
    title: say('safe_view_title'),
    detail: say('safe_view_detail', displayText(sharerName || '?')),
    reveal: say('safe_view_reveal'),
  };
}
