import { useEffect, useState } from 'preact/hooks';

/**
 * The wall clock at this render, with a re-render at least every `periodMs`: "New" badges and
 * incident mode expire with time, and a quiet meeting sends no storage change that would
 * re-render them.
 */
export function useNow(periodMs: number): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), periodMs);
    return () => clearInterval(timer);
  }, [periodMs]);
  return Date.now();
}
