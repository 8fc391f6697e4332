import { describe, expect, it, vi } from 'vitest';
import { createActionQueue, STEP_DEADLINE_MS } from './action-queue';
import type { MeetingAdapter } from './adapter';
import { healthOf } from '../shared/model/health';

function adapterWith(actions: MeetingAdapter['actions']): MeetingAdapter {
  return {
    id: 'practice',
    matchPatterns: [],
    allFrames: false,
    languages: ['en'],
    settings: [],
    present: () => true,
    matches: () => true,
    probe: () => healthOf({}, [], 0),
    title: () => 't',
    start: () => undefined,
    actions,
  };
}

describe('action queue', () => {
  it('runs actions one after another: two menus never open at once', async () => {
    const order: string[] = [];
    const slow = (name: string) => async () => {
      order.push(`${name}:start`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push(`${name}:end`);
      return { ok: true, ms: 20, code: 'done' as const, detail: name };
    };
    const queue = createActionQueue(
      adapterWith({ 'mute-all': slow('a'), suspend: slow('b') }),
      new AbortController().signal,
    );
    await Promise.all([queue.run({ id: 'mute-all' }), queue.run({ id: 'suspend' })]);
    expect(order).toEqual(['a:start', 'a:end', 'b:start', 'b:end']);
  });

  it('answers "unsupported" for an action the platform lacks', async () => {
    const queue = createActionQueue(adapterWith({}), new AbortController().signal);
    await expect(queue.run({ id: 'suspend' })).resolves.toMatchObject({ ok: false, code: 'unsupported' });
  });

  it('turns an adapter that throws into a failed result, and keeps serving', async () => {
    const queue = createActionQueue(
      adapterWith({
        suspend: async () => {
          throw new Error('page changed');
        },
        'mute-all': async () => ({ ok: true, ms: 1, code: 'done', detail: 'muted' }),
      }),
      new AbortController().signal,
    );
    await expect(queue.run({ id: 'suspend' })).resolves.toMatchObject({ ok: false, code: 'error' });
    await expect(queue.run({ id: 'mute-all' })).resolves.toMatchObject({ ok: true });
  });

  it('hands each action a signal that fires at the step deadline', async () => {
    vi.useFakeTimers();
    let seen: AbortSignal | undefined;
    const queue = createActionQueue(
      adapterWith({
        suspend: (_request, signal) => {
          seen = signal;
          return new Promise((resolve) =>
            signal.addEventListener('abort', () => resolve({ ok: false, ms: 0, code: 'aborted', detail: 'deadline' })),
          );
        },
      }),
      new AbortController().signal,
    );
    const result = queue.run({ id: 'suspend' });
    await vi.advanceTimersByTimeAsync(STEP_DEADLINE_MS + 1);
    await expect(result).resolves.toMatchObject({ code: 'aborted' });
    expect(seen?.aborted).toBe(true);
    vi.useRealTimers();
  });
});
