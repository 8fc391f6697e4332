import { browser } from '../../shared/platform/browser';
import { envelope } from '../../shared/protocol/channel';
import { TRIPWIRE_KINDS, type Alert } from '../../shared/model/alert';
import type { MeetingSession } from '../../shared/model/session';
import { onSessionCommitted } from '../session/post-commit';
import { currentPolicy } from '../policy/policy';
import { newAlerts } from './new-alerts';

/**
 * The page blurs every non-host share the moment it starts (content/safe-view); the rules here
 * decide whether it stays blurred. A tripwire keeps it hidden; an ordinary share is released
 * unless the host chose to blur every non-host share.
 */
export function startSafeViewVerdicts(): void {
  onSessionCommitted((next, previous) => {
    const verdicts = verdictsFor(newAlerts(next, previous));
    if (verdicts.size > 0) void send(next, verdicts);
  });
}

/** participantId -> keep blurred. A tripwire wins over a plain share alert for the same person. */
export function verdictsFor(alerts: readonly Alert[]): Map<string, boolean> {
  const verdicts = new Map<string, boolean>();
  for (const alert of alerts) {
    if (!alert.participantId) continue;
    if (TRIPWIRE_KINDS.includes(alert.kind)) verdicts.set(alert.participantId, true);
    else if (alert.kind === 'share-started' && !verdicts.has(alert.participantId)) {
      verdicts.set(alert.participantId, false);
    }
  }
  return verdicts;
}

async function send(session: MeetingSession, verdicts: Map<string, boolean>): Promise<void> {
  const { safeView } = await currentPolicy();
  if (!safeView.enabled) return;
  for (const [participantId, tripwire] of verdicts) {
    const blur = tripwire || safeView.allNonHostShares;
    const message = envelope('bg-content/safe-view', { participantId, blur });
    await browser.tabs.sendMessage(session.tabId, message, { frameId: session.frameId }).catch(() => undefined);
  }
}
