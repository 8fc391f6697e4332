import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { postgresInstalled, startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

export interface TestDatabase {
  url: string;
  /** Drops the database (and stops the cluster if this run started one). */
  release(): Promise<void>;
}

/**
 * Why PostgreSQL tests cannot run here, or undefined when they can: HOSTGUARD_TEST_PG (a URL of
 * a throwaway cluster) wins, else a cluster is started from the local binaries.
 */
export function postgresUnavailable(env = process.env, pgRoot?: string): string | undefined {
  if (env.HOSTGUARD_TEST_PG) return undefined;
  if (postgresInstalled(pgRoot)) return undefined;
  return 'HOSTGUARD_TEST_PG is not set and /usr/lib/postgresql/*/bin/initdb is missing (apt-get install postgresql)';
}

/**
 * A database of its own for one test file's run, so runs never see each other's rows. `durable`
 * (the bench) keeps fsync on when this starts the cluster.
 */
export async function freshPostgresDatabase(options: { durable?: boolean } = {}): Promise<TestDatabase> {
  let cluster: ThrowawayPostgres | undefined;
  const base = process.env.HOSTGUARD_TEST_PG || (cluster = await startThrowawayPostgres(options)).url;
  const name = `hostguard_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer(base, `CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async release() {
      await onServer(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await cluster?.stop();
    },
  };
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
