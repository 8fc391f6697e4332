import { describe, expect, it } from 'vitest';
import { INSULT, LOOKALIKE, SCENARIO_NAMES, builtinScenario } from './builtin';
import type { Step } from './steps';

const options = { seed: 1, count: 200, interval: 100 };
const scenario = (name: string, overrides = {}) => builtinScenario(name, { ...options, ...overrides })!;
const ofType = <T extends Step['type']>(steps: Step[], type: T) =>
  steps.filter((s): s is Extract<Step, { type: T }> => s.type === type);
const joinedAt = (steps: Step[], id: string) => ofType(steps, 'join').find((s) => s.id === id)!.at;

describe('built-in scenarios', () => {
  it('lists every scenario the brief names', () => {
    expect(SCENARIO_NAMES.sort()).toEqual(
      ['calm', 'chat-flood', 'insult-rename', 'join-burst', 'joins', 'raid', 'rejoin', 'share-bomb'].sort(),
    );
    expect(scenario('calm')).toEqual([]);
    expect(builtinScenario('nope', options)).toBeUndefined();
  });

  it('join-burst: 12 joins within 3 s', () => {
    const joins = ofType(scenario('join-burst'), 'join');
    expect(joins).toHaveLength(12);
    expect(Math.max(...joins.map((j) => j.at)) - Math.min(...joins.map((j) => j.at))).toBeLessThan(3_000);
  });

  it('share-bomb: a fresh joiner shares within 5 s of joining', () => {
    const steps = scenario('share-bomb');
    const share = ofType(steps, 'share-start')[0]!;
    const wait = share.at - joinedAt(steps, share.id);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThan(5_000);
  });

  it('insult-rename: the rename text is clearly test-labelled', () => {
    expect(ofType(scenario('insult-rename'), 'rename')[0]!.to).toBe(INSULT);
    expect(INSULT.startsWith('TEST')).toBe(true);
  });

  it('chat-flood: one participant posts 30 messages within 3 s', () => {
    const chats = ofType(scenario('chat-flood'), 'chat');
    expect(chats).toHaveLength(30);
    expect(new Set(chats.map((c) => c.id)).size).toBe(1);
    expect(chats.at(-1)!.at - chats[0]!.at).toBeLessThan(3_000);
  });

  it('rejoin: the intruder comes back ~1 s after removal under a look-alike name', () => {
    const steps = scenario('rejoin');
    const rejoin = ofType(steps, 'rejoin-after-removal')[0]!;
    const original = ofType(steps, 'join').find((j) => j.id === rejoin.id)!;
    expect(rejoin.after).toBe(1_000);
    expect(rejoin.name).toBe(LOOKALIKE);
    expect(rejoin.name).not.toBe(original.name);
    expect(rejoin.name.normalize('NFKC').replace('\u0430', 'a')).toBe(original.name);
  });

  it('raid: burst, a burst member sharing within 5 s of joining, a chat flood and an insult rename', () => {
    const steps = scenario('raid');
    expect(ofType(steps, 'join')).toHaveLength(12);
    const share = ofType(steps, 'share-start')[0]!;
    expect(share.at - joinedAt(steps, share.id)).toBeLessThan(5_000);
    expect(ofType(steps, 'chat')).toHaveLength(30);
    expect(ofType(steps, 'rename')[0]!.to).toBe(INSULT);
  });

  it('joins: `count` joins every `interval` ms', () => {
    const joins = ofType(scenario('joins', { count: 5, interval: 40 }), 'join');
    expect(joins.map((j) => j.at)).toEqual([0, 40, 80, 120, 160]);
    expect(ofType(scenario('joins'), 'join')).toHaveLength(200);
  });

  it('names are deterministic for a seed and differ across seeds', () => {
    const names = (seed: number) => ofType(scenario('join-burst', { seed }), 'join').map((j) => j.name);
    expect(names(7)).toEqual(names(7));
    expect(names(7)).not.toEqual(names(8));
    for (const name of names(1)) expect(name).toMatch(/^\p{L}+ \p{L}+$/u);
  });
});
