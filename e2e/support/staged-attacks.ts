import type { TimelineStep } from './timeline';

/**
 * Attacks staged as practice timelines (serve them with `serveTimeline`), shared by the Firefox
 * specs and the benchmark so both stage them the same way.
 */

/** The intruder whose share panic must take off the stage. */
export const INTRUDER = { id: 'intruder', name: 'Intruder Sharing' } as const;

/** An intruder joins and shares at once: a share bomb without the built-in scenario's 3.5 s wait. */
export function shareBomb(intruder: { id: string; name: string } = INTRUDER): TimelineStep[] {
  return [
    { at: 0, type: 'join', id: intruder.id, name: intruder.name },
    { at: 0, type: 'share-start', id: intruder.id },
  ];
}

/**
 * `count` joins, one every `intervalMs`, with unique names (`nameOf(i)`, i from 0) so each join
 * can be matched to its alert by name. The built-in `joins` scenario draws names from a pool of
 * 480, which repeat within 200 joins.
 */
export function spacedJoins(count: number, intervalMs: number, nameOf: (index: number) => string): TimelineStep[] {
  return Array.from({ length: count }, (_, i) => ({
    at: i * intervalMs,
    type: 'join',
    id: `j${i + 1}`,
    name: nameOf(i),
  }));
}
