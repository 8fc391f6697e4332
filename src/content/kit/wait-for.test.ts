import { afterEach, expect, it } from 'vitest';
import { waitFor, WaitTimeout } from './wait-for';

afterEach(() => document.body.replaceChildren());

it('resolves as soon as the page renders the control, without polling', async () => {
  const found = waitFor(() => document.querySelector('#late'), 'late button');
  setTimeout(() => document.body.append(Object.assign(document.createElement('button'), { id: 'late' })), 30);
  await expect(found).resolves.toBeInstanceOf(HTMLButtonElement);
});

it('gives up with a WaitTimeout naming the control: never a hang', async () => {
  const started = performance.now();
  const error = await waitFor(() => document.querySelector('#never'), 'Lock meeting item', { timeoutMs: 50 }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WaitTimeout);
  expect((error as Error).message).toContain('Lock meeting item');
  expect(performance.now() - started).toBeLessThan(1000);
});

it('stops waiting when its signal aborts', async () => {
  const controller = new AbortController();
  const waiting = waitFor(() => null, 'anything', { signal: controller.signal });
  controller.abort(new DOMException('closing', 'AbortError'));
  await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
});
