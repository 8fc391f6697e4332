import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './use-now';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Clock() {
  return <p>{useNow(10_000)}</p>;
}

describe('useNow', () => {
  it('re-renders with the new time every period, with no other change, and stops when unmounted', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(1_000);
    const { container, unmount } = render(<Clock />);
    expect(container.textContent).toBe('1000');
    await act(() => {
      vi.advanceTimersByTime(9_999);
    });
    expect(container.textContent).toBe('1000');
    await act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(container.textContent).toBe('11000');
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    await vi.waitFor(() => expect(vi.getTimerCount()).toBe(0));
  });
});
