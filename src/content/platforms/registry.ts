import type { MeetingAdapter } from '../adapter';
import { practiceAdapter } from './practice/adapter';

/** Every adapter, most specific first. The meta-test checks this list against the folders. */
export const ADAPTERS: readonly MeetingAdapter[] = [practiceAdapter];

export function adapterFor(url: URL): MeetingAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url));
}
