// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WEBHOOK_FLAVOURS, type WebhookFlavour } from '../../shared/model/destinations';
import { capUnits, defang, inertText } from './chat-text';
import { OUTBOX } from './outbox-config';
import { json } from './test-support/fake-receiver';
import { OutboxWorld } from './test-support/outbox-world';
import { FakeEvidence, makeReport } from './test-support/reports';
import { webhookPayload } from './webhook';
import { CHAT_LIMITS, chatMessage } from './webhook-message';

const HOSTILE = [
  '@everyone',
  '@here free nitro',
  '<!channel> urgent',
  '<@U024BE7LH> <#C123> <@&987>',
  '[click me](https://evil.example/x.png)',
  '**bold** _it_ ~~s~~ `code` ||spoiler||',
  'Mallory\u202egnp.exe',
  '\u200b\u200b',
  'a & b < c > d',
  '{{DATE(2017-02-14T06:08:39Z, SHORT)}}',
  `${'x'.repeat(5_000)}`,
];

/** Every hostile name, five per report (a message lists five). */
async function hostileMessages(flavour: WebhookFlavour): Promise<string> {
  const messages: string[] = [];
  for (let i = 0; i < HOSTILE.length; i += CHAT_LIMITS.names) {
    const names = HOSTILE.slice(i, i + CHAT_LIMITS.names);
    const report = await makeReport(new FakeEvidence(), {
      frames: 2,
      names,
      title: '<!here> https://evil.example',
      note: 'one\n@everyone two',
    });
    const message = chatMessage(report, '', flavour);
    expect(message.length).toBeLessThanOrEqual(CHAT_LIMITS.messageUnits);
    messages.push(message);
  }
  return messages.join('\n');
}

describe('chat text is inert', () => {
  it.each(WEBHOOK_FLAVOURS)('%s: no mention, link, markup or hidden character survives', async (flavour) => {
    const text = await hostileMessages(flavour);
    expect(text).not.toMatch(/@(everyone|here|channel)/);
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toMatch(/evil\.example/);
    expect(text).not.toMatch(/[\u200b\u202e]/);
    expect(text).toContain('\u27e8U+202E\u27e9');
    expect(text).toContain('\u27e8U+200B\u27e9');
    if (flavour === 'slack') {
      expect(text).not.toMatch(/<[!@#]/);
      expect(text).toContain('a &amp; b &lt; c &gt; d');
    } else {
      // Markdown links and mention syntax are escaped, never live.
      expect(text).not.toMatch(/(^|[^\\])\[click me(\\)?\]\(/);
      expect(text).not.toMatch(/(^|[^\\])<@/);
      expect(text).toContain('\\*\\*bold\\*\\*');
    }
    if (flavour === 'teams') expect(text).not.toContain('{{');
  });

  it('carries category, meeting, platform, names, window, evidence count, chain head and note', async () => {
    const report = await makeReport(new FakeEvidence(), { frames: 3, names: ['Ann', 'Bob'], note: 'shared gore' });
    const text = chatMessage(report, 'Board meeting', 'slack');
    expect(text.split('\n')).toEqual([
      'Hostguard report: Harassment',
      'Meeting: Board meeting (Zoom)',
      'People: Ann, Bob',
      'When: 2025-12-31 23:59:00 – 00:00:00 UTC'.replace('– 00:00:00', '– 2026-01-01 00:00:00'),
      `Evidence: 3 items, chain head ${report.evidence.chainHead.slice(0, 16)}`,
      'Note: shared gore',
    ]);
  });

  it('lists at most five names and says how many more', async () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const text = chatMessage(await makeReport(new FakeEvidence(), { names }), '', 'discord');
    expect(text).toContain('People: a, b, c, d, e (+2 more)');
  });

  it('helpers: defang keeps ordinary initials; capUnits never ends on a lone escape', () => {
    expect(defang('J. Smith at https://a.example')).toBe('J. Smith at https[:]//a[.]example');
    expect(capUnits('abc\\*def', 5)).toBe('abc…');
    expect(inertText('x'.repeat(100), 'slack', 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

describe('webhook payloads', () => {
  const shapes: Record<WebhookFlavour, unknown> = {
    slack: { text: 'hi', mrkdwn: false },
    discord: { content: 'hi', allowed_mentions: { parse: [] } },
    teams: {
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: { type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: 'hi', wrap: true }] },
        },
      ],
    },
  };
  it.each(WEBHOOK_FLAVOURS)('%s has its documented shape and nothing else (no image, no URL)', (flavour) => {
    expect(webhookPayload(flavour, 'hi')).toEqual(shapes[flavour]);
  });
});

describe('webhook delivery through the outbox', () => {
  const HOOK = 'https://hooks.slack.com/services/T0/B0/secret';

  it('posts the text once, is delivered on 2xx, retried on 5xx, and never shows the secret URL', async () => {
    const world = new OutboxWorld();
    await world.configure({ webhook: { url: HOOK, flavour: 'discord' } });
    const worker = await world.boot();
    const report = await makeReport(world.evidence, { frames: 1, names: ['@everyone'] });
    await worker.outbox.enqueueReport(report, { destinations: ['webhook'] });
    const bodies: unknown[] = [];
    world.receiver.onNext(
      async () => json(502, {}),
      async (request) => {
        bodies.push(JSON.parse(String(request.body)));
        return new Response(null, { status: 204 });
      },
    );
    await worker.outbox.drainOutbox('test');
    const [record] = await worker.outbox.outboxRecords();
    expect(record!.destinations.webhook).toMatchObject({
      state: 'queued',
      reason: expect.stringMatching(/^chat webhook unreachable \(HTTP 502\)/),
    });
    expect(JSON.stringify(record)).not.toContain('secret');
    world.advance(OUTBOX.backoff.capMs);
    await worker.outbox.drainOutbox('test');
    expect((await worker.outbox.outboxRecords())[0]!.destinations.webhook).toMatchObject({ state: 'delivered' });
    expect(world.contains).toHaveBeenCalledWith({ origins: ['https://hooks.slack.com/*'] });
    expect(bodies).toEqual([
      { content: expect.stringContaining('People: \uff20everyone'), allowed_mentions: { parse: [] } },
    ]);
    // No evidence upload ever goes to a chat.
    expect(world.receiver.log.map((e) => e.method)).toEqual(['POST', 'POST']);
  });

  it('a report for both destinations is delivered to each independently', async () => {
    const world = new OutboxWorld();
    await world.configure({
      endpoint: { url: 'https://receiver.example.org/hg', token: 'secret-token' },
      webhook: { url: 'https://discord.com/api/webhooks/1/abc', flavour: 'discord' },
    });
    const worker = await world.boot();
    const report = await makeReport(world.evidence);
    await worker.outbox.enqueueReport(report, { destinations: ['endpoint', 'webhook'] });
    world.receiver.onNext(
      (request, serve) => serve(request),
      async () => json(404, { message: 'Unknown Webhook' }),
    );
    await worker.outbox.drainOutbox('test');
    const [record] = await worker.outbox.outboxRecords();
    expect(record!.destinations.endpoint).toMatchObject({ state: 'delivered' });
    expect(record!.destinations.webhook).toMatchObject({
      state: 'failed',
      reason:
        'the chat webhook refused the message (HTTP 404): Unknown Webhook — check the webhook URL in Hostguard options',
    });
  });
});
