// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from './cli-args';

describe('parseCli', () => {
  it('defaults to loopback, port 8787 and reports.sqlite, with the token from the environment', () => {
    expect(parseCli([], { HOSTGUARD_RECEIVER_TOKEN: 'secret' })).toEqual({
      port: 8787,
      host: '127.0.0.1',
      db: 'reports.sqlite',
      token: 'secret',
    });
  });

  it('takes every option from the command line, --token over the environment', () => {
    const argv = ['--port', '9000', '--host', '0.0.0.0', '--db', 'postgresql://u@h/db', '--token', 'cli'];
    expect(parseCli(argv, { HOSTGUARD_RECEIVER_TOKEN: 'env' })).toEqual({
      port: 9000,
      host: '0.0.0.0',
      db: 'postgresql://u@h/db',
      token: 'cli',
    });
  });

  it('refuses to start without a token, saying how to give one', () => {
    expect(() => parseCli([], {})).toThrow(UsageError);
    expect(() => parseCli([], { HOSTGUARD_RECEIVER_TOKEN: '  ' })).toThrow(/HOSTGUARD_RECEIVER_TOKEN/);
  });

  it('refuses a bad port and an unknown option', () => {
    expect(() => parseCli(['--port', 'http'], { HOSTGUARD_RECEIVER_TOKEN: 't' })).toThrow(/--port/);
    expect(() => parseCli(['--verbose'], { HOSTGUARD_RECEIVER_TOKEN: 't' })).toThrow(UsageError);
  });
});
