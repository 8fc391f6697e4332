import { afterEach, expect, it } from 'vitest';
import type { MeetingAdapter } from './adapter';
import { pageLanguage } from './page-language';

const adapter = { languages: ['en', 'fr'] } as unknown as MeetingAdapter;
afterEach(() => document.documentElement.removeAttribute('lang'));

it.each([
  ['fr-FR', true],
  ['en', true],
  ['', true],
  ['de-DE', false],
  ['pt-BR', false],
])('a page in %j is readable: %s', (tag, readable) => {
  document.documentElement.lang = tag;
  expect(pageLanguage(adapter, document)).toEqual({ tag, readable });
});
