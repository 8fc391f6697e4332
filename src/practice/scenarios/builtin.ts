import { createNamePool } from '../names';
import type { Step } from './steps';

export interface ScenarioOptions {
  seed: number;
  /** For `joins`: how many, and ms between them. */
  count: number;
  interval: number;
}

/** Clearly labelled test text: drills must never show real abuse. */
export const INSULT = 'TEST insult: you are all idiots';
/** "Nathan Roy" with a Cyrillic "а" (U+0430): the look-alike a removed raider rejoins under. */
export const LOOKALIKE = 'N\u0430than Roy';

const burst = (names: () => string, prefix: string, count: number, spanMs: number): Step[] =>
  Array.from({ length: count }, (_, i) => ({
    at: Math.round((i * spanMs) / count),
    type: 'join' as const,
    id: `${prefix}${i + 1}`,
    name: names(),
  }));

const flood = (id: string, from: number, count: number, spanMs: number): Step[] =>
  Array.from({ length: count }, (_, i) => ({
    at: from + Math.round((i * spanMs) / count),
    type: 'chat' as const,
    id,
    text: `TEST spam ${i + 1}/${count}: join our raid server`,
  }));

type Builder = (names: () => string, options: ScenarioOptions) => Step[];

/** The built-in drills, each modelled on a raid pattern from the threat model. */
const SCENARIOS: Record<string, Builder> = {
  calm: () => [],
  // 12 joins inside 3 s.
  'join-burst': (names) => burst(names, 'burst-', 12, 3_000),
  // A fresh joiner shares 2.5 s after joining.
  'share-bomb': (names) => [
    { at: 1_000, type: 'join', id: 'bomber', name: names() },
    { at: 3_500, type: 'share-start', id: 'bomber' },
  ],
  'insult-rename': (names) => [
    { at: 500, type: 'join', id: 'renamer', name: names() },
    { at: 2_500, type: 'rename', id: 'renamer', to: INSULT },
  ],
  // 30 messages in 3 s.
  'chat-flood': (names) => [
    { at: 500, type: 'join', id: 'flooder', name: names() },
    ...flood('flooder', 1_000, 30, 3_000),
  ],
  rejoin: () => [
    { at: 0, type: 'rejoin-after-removal', id: 'intruder', name: LOOKALIKE, after: 1_000 },
    { at: 500, type: 'join', id: 'intruder', name: 'Nathan Roy' },
    { at: 1_500, type: 'chat', id: 'intruder', text: 'TEST: you cannot stop us' },
  ],
  // Burst, then one member shares 2.5 s after joining, another floods chat, a third renames.
  raid: (names) => [
    ...burst(names, 'raider-', 12, 3_000),
    { at: 3_000, type: 'share-start', id: 'raider-3' },
    ...flood('raider-7', 3_500, 30, 3_000),
    { at: 4_500, type: 'rename', id: 'raider-10', to: INSULT },
  ],
  joins: (names, { count, interval }) =>
    Array.from({ length: count }, (_, i) => ({
      at: i * interval,
      type: 'join' as const,
      id: `j${i + 1}`,
      name: names(),
    })),
};

export const SCENARIO_NAMES = Object.keys(SCENARIOS);

export function builtinScenario(name: string, options: ScenarioOptions): Step[] | undefined {
  const build = Object.hasOwn(SCENARIOS, name) ? SCENARIOS[name] : undefined;
  return build?.(createNamePool(options.seed), options);
}
