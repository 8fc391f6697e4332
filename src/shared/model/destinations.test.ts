import { describe, expect, it } from 'vitest';
import { asDestinations, checkEndpointUrl, checkWebhookUrl, endpointUrl, permissionPatternFor } from './destinations';

describe('report endpoint URL', () => {
  it('accepts https with a path prefix, and gives the origin and the base to append to', () => {
    expect(checkEndpointUrl('https://reports.example.org/hostguard/')).toEqual({
      ok: true,
      origin: 'https://reports.example.org',
      base: 'https://reports.example.org/hostguard',
    });
    const base = checkEndpointUrl('https://r.example.org');
    expect(base.ok && endpointUrl(base.base, '/v1/reports')).toBe('https://r.example.org/v1/reports');
  });

  it('allows plain http only on this machine', () => {
    expect(checkEndpointUrl('http://localhost:8787')).toMatchObject({ ok: true, origin: 'http://localhost:8787' });
    expect(checkEndpointUrl('http://127.0.0.1:8787/x')).toMatchObject({ ok: true });
    expect(checkEndpointUrl('http://[::1]:8787')).toMatchObject({ ok: true });
    expect(checkEndpointUrl('http://reports.example.org')).toMatchObject({ ok: false, problem: 'scheme' });
    expect(checkEndpointUrl('http://localhost.evil.example')).toMatchObject({ ok: false, problem: 'scheme' });
    expect(checkEndpointUrl('ftp://localhost')).toMatchObject({ ok: false, problem: 'scheme' });
  });

  it('refuses credentials, queries, fragments and non-URLs with a reason', () => {
    expect(checkEndpointUrl('https://user:pw@r.example.org')).toMatchObject({ ok: false, problem: 'credentials' });
    expect(checkEndpointUrl('https://r.example.org/?token=x')).toMatchObject({ ok: false, problem: 'query' });
    expect(checkEndpointUrl('https://r.example.org/#x')).toMatchObject({ ok: false, problem: 'query' });
    expect(checkEndpointUrl('r.example.org')).toMatchObject({
      ok: false,
      problem: 'invalid',
      reason: expect.any(String),
    });
  });
});

describe('webhook URL', () => {
  it('keeps the query (Teams Workflows signs with it), refuses http off this machine', () => {
    const teams =
      'https://prod-12.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sig=x';
    expect(checkWebhookUrl(teams)).toEqual({
      ok: true,
      origin: 'https://prod-12.westeurope.logic.azure.com',
      base: teams,
    });
    expect(checkWebhookUrl('http://hooks.slack.com/services/x')).toMatchObject({ ok: false, problem: 'scheme' });
    expect(checkWebhookUrl('http://localhost:9000/hook')).toMatchObject({ ok: true });
  });
});

describe('permission pattern', () => {
  it('is the exact host, without a port (match patterns have none)', () => {
    expect(permissionPatternFor('https://r.example.org')).toBe('https://r.example.org/*');
    expect(permissionPatternFor('http://localhost:8787')).toBe('http://localhost/*');
    expect(permissionPatternFor('http://[::1]:8787')).toBe('http://[::1]/*');
  });
});

describe('stored destination settings', () => {
  it('keeps well-formed entries and drops the rest', () => {
    expect(
      asDestinations({
        endpoint: { url: ' https://r.example.org ', token: ' abc.DEF-123 ' },
        webhook: { url: 'https://hooks.slack.com/services/x', flavour: 'slack' },
        extra: 1,
      }),
    ).toEqual({
      endpoint: { url: 'https://r.example.org', token: 'abc.DEF-123' },
      webhook: { url: 'https://hooks.slack.com/services/x', flavour: 'slack' },
    });
    expect(asDestinations({ endpoint: { url: 'https://r.example.org', token: 'a\r\nX-Evil: 1' } })).toEqual({});
    expect(asDestinations({ endpoint: { url: 'https://r.example.org', token: '' } })).toEqual({});
    expect(asDestinations({ webhook: { url: 'https://x.example', flavour: 'irc' } })).toEqual({});
    expect(asDestinations('nonsense')).toEqual({});
  });
});
