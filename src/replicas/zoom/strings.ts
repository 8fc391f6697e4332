import type { ReplicaLang } from '../replica';
import { EN } from './strings-en';
import { EN_MORE } from './strings-en-more';
import { FR } from './strings-fr';

export type ZoomStrings = typeof EN & typeof EN_MORE;

const ENGLISH: ZoomStrings = { ...EN, ...EN_MORE };

export function stringsFor(lang: ReplicaLang): ZoomStrings {
  return lang === 'fr' ? FR : ENGLISH;
}
