import type { Step } from '../../src/practice/scenarios/steps';
import type { StaticServer } from './server';

type WithoutAt<T> = T extends unknown ? Omit<T, 'at'> : never;

/** A practice timeline step; `at` may be left out (same time as the step before). */
export type TimelineStep = WithoutAt<Step> & { at?: number };

/**
 * Serves a timeline as same-origin JSON (the practice meeting only plays scripts from its own
 * origin) and returns the `script` parameter for it. Each call gets its own path.
 */
export function serveTimeline(server: StaticServer, steps: readonly TimelineStep[]): string {
  timelines += 1;
  return new URL(server.route(`/e2e/timeline-${timelines}.json`, steps)).pathname;
}
let timelines = 0;

/** `count` joins at the same moment, ids `<prefix>1…`, names from `nameOf`. */
export function joins(prefix: string, count: number, nameOf: (i: number) => string): TimelineStep[] {
  return Array.from({ length: count }, (_, i) => ({ type: 'join', id: `${prefix}${i + 1}`, name: nameOf(i + 1) }));
}
