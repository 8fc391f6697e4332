import { describe, expect, it } from 'vitest';
import type { CommandOutcome } from '../../shared/protocol/messages';
import { enqueueCommand } from './command-queue';

const outcome: CommandOutcome = { ok: true, steps: [] };
const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('one command queue per meeting', () => {
  it('runs a meeting’s commands one after another, never interleaved', async () => {
    const order: string[] = [];
    const gate = deferred();
    const first = enqueueCommand(1, { kind: 'lock' }, async () => {
      order.push('lock start');
      await gate.promise;
      order.push('lock end');
      return outcome;
    });
    const second = enqueueCommand(1, { kind: 'stop-shares' }, async () => {
      order.push('stop-shares');
      return outcome;
    });
    // Another meeting does not wait for this one.
    await enqueueCommand(2, { kind: 'lock' }, async () => (order.push('other meeting'), outcome));
    gate.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(['lock start', 'other meeting', 'lock end', 'stop-shares']);
  });

  it('a second panic while one is queued or running joins it', async () => {
    let runs = 0;
    const gate = deferred();
    const panic = () => enqueueCommand(3, { kind: 'panic' }, async () => (runs++, await gate.promise, outcome));
    const one = panic();
    const two = panic();
    expect(two).toBe(one);
    gate.resolve();
    await one;
    await panic();
    expect(runs).toBe(2);
  });
});
