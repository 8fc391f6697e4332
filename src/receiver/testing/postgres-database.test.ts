// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { postgresUnavailable } from './postgres-database';

describe('postgresUnavailable', () => {
  it('is satisfied by HOSTGUARD_TEST_PG alone', () => {
    expect(postgresUnavailable({ HOSTGUARD_TEST_PG: 'postgresql://x@127.0.0.1/y' }, '/nonexistent')).toBeUndefined();
  });

  it('names what is missing when there is neither a URL nor initdb', () => {
    expect(postgresUnavailable({}, '/nonexistent')).toMatch(/HOSTGUARD_TEST_PG is not set .*initdb is missing/);
  });
});
