import { createReceiver, type Rejection } from '../shared/protocol/channel';
import { mayClaimPlatform } from '../shared/protocol/sender';
import { grantedJitsiOrigins } from './custom-origins';
import { selfIdentity } from '../shared/platform/browser';
import type { Ack } from '../shared/protocol/messages';
import { recentAlert } from './rules/rule';
import { setFocus, updateSession } from './session/session-store';
import { sessionFromHello } from './session/new-session';
import { handleEvents } from './handle-events';
import { appendAlerts } from './session/append-alerts';
import { executeCommand } from './commands/execute';
import { judgeFrame } from './shield/explicit-image';
import { fileLoggedReport } from './reports/file-incident-report';
import { withholdMeetingImages } from './reports/withhold-meeting-images';
import { retryReport, deleteReport } from './outbox/start-outbox';
import { purgeDeliveredAfterExport } from './reports/purge-after-export';

const REJECTION_ALERT_EVERY_MS = 10_000;

/** The background's only inbound path: sender policy, schema, then one of these handlers. */
export const receiveMessage = createReceiver(
  ['content-bg', 'panel-bg'],
  {
    'content-bg/hello': async (message, sender) => {
      if (sender.kind !== 'tab-script') return { ok: false, reason: 'not a tab' };
      if (!mayClaimPlatform(message.platform, sender, await grantedJitsiOrigins())) {
        countRejection({
          sender,
          reason: `platform ${message.platform} claimed from another origin`,
          type: message.type,
        });
        return { ok: false, reason: 'platform-mismatch' };
      }
      const { tabId, frameId } = sender;
      await updateSession(tabId, (previous) => sessionFromHello(message, tabId, frameId, previous, Date.now()));
      await setFocus(tabId);
      return { ok: true } satisfies Ack;
    },
    'content-bg/events': async (message, sender) => {
      if (sender.kind !== 'tab-script') return { ok: false, reason: 'not a tab' };
      return handleEvents(sender.tabId, message);
    },
    'content-bg/frame': async (message, sender) => {
      if (sender.kind !== 'tab-script') return { ok: false, reason: 'not a tab' };
      return judgeFrame(sender.tabId, message.pageId, message.participantId, message.frame);
    },
    'panel-bg/command': (message) => executeCommand(message.tabId, message.command, 'panel'),
    'panel-bg/file-report': async (message) => (await fileLoggedReport(message.tabId, message.draft, 'panel')).reply,
    'panel-bg/withhold-images': (message) => withholdMeetingImages(message.tabId),
    'panel-bg/outbox': async ({ op, key }) => {
      await (op === 'retry' ? retryReport(key) : deleteReport(key));
      return { ok: true };
    },
    'panel-bg/bundle-exported': async ({ key }) => {
      await purgeDeliveredAfterExport(key);
      return { ok: true };
    },
  },
  selfIdentity,
  countRejection,
);

/** Forged or malformed messages are counted per tab and shown to the host, without flooding. */
function countRejection({ sender, reason, type }: Rejection): void {
  console.warn(`Hostguard rejected ${type}: ${reason}`);
  if (sender.kind !== 'tab-script') return;
  const now = Date.now();
  void updateSession(sender.tabId, (session) => {
    if (!session) return undefined;
    const quiet = recentAlert(session, 'message-rejected', now, REJECTION_ALERT_EVERY_MS);
    const alerts = quiet
      ? session.alerts
      : appendAlerts(session.alerts, [
          { id: crypto.randomUUID(), at: now, kind: 'message-rejected', severity: 'warning', values: { reason } },
        ]);
    return { ...session, rejected: session.rejected + 1, alerts, updatedAt: now };
  });
}
