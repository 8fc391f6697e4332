// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withOutboxLock } from './outbox-lock';

const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

async function overlapOf(runs: number): Promise<{ max: number; order: number[] }> {
  let running = 0;
  let max = 0;
  const order: number[] = [];
  await Promise.all(
    Array.from({ length: runs }, (_, i) =>
      withOutboxLock(async () => {
        max = Math.max(max, ++running);
        await tick();
        order.push(i);
        running--;
      }),
    ),
  );
  return { max, order };
}

describe('one drain at a time', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('without Web Locks, an in-memory chain runs tasks one after another, in order', async () => {
    expect(await overlapOf(4)).toEqual({ max: 1, order: [0, 1, 2, 3] });
  });

  it('a failing task does not block the next one', async () => {
    await expect(withOutboxLock(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(withOutboxLock(async () => 'next')).resolves.toBe('next');
  });

  it('uses navigator.locks under the name hostguard-outbox where the browser has it', async () => {
    let tail: Promise<unknown> = Promise.resolve();
    const request = vi.fn((_name: string, task: () => Promise<unknown>) => {
      const run = tail.then(task);
      tail = run.catch(() => undefined);
      return run;
    });
    vi.stubGlobal('navigator', { locks: { request } });
    expect(await overlapOf(3)).toMatchObject({ max: 1 });
    expect(request).toHaveBeenCalledTimes(3);
    expect(request.mock.calls[0]![0]).toBe('hostguard-outbox');
  });
});
