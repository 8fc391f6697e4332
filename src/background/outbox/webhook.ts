import type { WebhookFlavour } from '../../shared/model/destinations';
import type { WireReport } from '../../shared/report-wire/schema';
import { failureOutcome, httpRequest, isSuccess } from './http';
import { outboxDeps } from './outbox-deps';
import type { DeliveryOutcome } from './outcome';
import { chatMessage } from './webhook-message';

/**
 * The chat webhook's JSON for each flavour, text only:
 * - Slack: `mrkdwn: false` so page text cannot format; `<`, `>`, `&` are escaped anyway, because
 *   Slack parses `<!channel>` and `<url|text>` even then.
 * - Discord: `allowed_mentions.parse = []`, so nothing in the text can ping anyone.
 * - Teams (Workflows "post to a channel when a webhook request is received"): one Adaptive Card.
 */
export function webhookPayload(flavour: WebhookFlavour, text: string): Record<string, unknown> {
  switch (flavour) {
    case 'slack':
      return { text, mrkdwn: false };
    case 'discord':
      return { content: text, allowed_mentions: { parse: [] } };
    case 'teams':
      return {
        type: 'message',
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: { type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text, wrap: true }] },
          },
        ],
      };
  }
}

/**
 * One chat message per report. Chat webhooks take no idempotency key, so delivery is at least
 * once: a worker killed after the chat accepted the message but before the ack was written
 * posts it again. A duplicate heads-up is the price of never losing one.
 */
export async function sendWebhook(
  target: { url: string; flavour: WebhookFlavour },
  report: WireReport,
  meetingTitle: string,
): Promise<DeliveryOutcome> {
  const body = JSON.stringify(webhookPayload(target.flavour, chatMessage(report, meetingTitle, target.flavour)));
  const answer = await httpRequest(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return isSuccess(answer) ? { kind: 'delivered' } : failureOutcome(answer, outboxDeps().now(), 'webhook');
}
