import { expect, it } from 'vitest';
import type { Alert } from '../../shared/model/alert';
import { SESSION_LIMITS } from '../../shared/model/session';
import { appendAlerts } from './append-alerts';

const alert = (i: number): Alert => ({ id: `a${i}`, at: i, kind: 'joined', severity: 'info', values: {} });

it('appends in order and keeps only the newest SESSION_LIMITS.alerts', () => {
  const existing = Array.from({ length: SESSION_LIMITS.alerts - 1 }, (_, i) => alert(i));
  const next = appendAlerts(existing, [alert(1_000), alert(1_001)]);
  expect(next).toHaveLength(SESSION_LIMITS.alerts);
  expect(next.at(-1)?.id).toBe('a1001');
  expect(next[0]?.id).toBe('a1');
  expect(existing).toHaveLength(SESSION_LIMITS.alerts - 1);
});
