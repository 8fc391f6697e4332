import { onSessionCommitted } from '../session/post-commit';
import { watchActiveTabGrants } from './active-tab-grants';
import { followSession, stopOnWithhold } from './capture-loop';
import { scheduleRetention } from './retention';

/**
 * Evidence capture for the background's main: every listener is registered synchronously here,
 * so an event that wakes a stopped worker finds it. Capture itself is driven by committed
 * sessions (post-commit hook), never from the event path.
 */
export function startEvidence(): void {
  onSessionCommitted((next, previous) => followSession(next, previous));
  stopOnWithhold();
  watchActiveTabGrants();
  scheduleRetention();
}
