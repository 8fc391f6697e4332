import type { Alert } from '../../shared/model/alert';
import { SESSION_LIMITS } from '../../shared/model/session';

/**
 * The one place alerts are added to a session: appended in order and capped, oldest dropped, so
 * a raid cannot grow storage.session without bound whichever path raised them.
 */
export function appendAlerts(existing: readonly Alert[], added: readonly Alert[]): Alert[] {
  return [...existing, ...added].slice(-SESSION_LIMITS.alerts);
}
