import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** The one implementation of "start a throwaway cluster", shared with .ci/run. */
const SCRIPT = fileURLToPath(new URL('../test-postgres.sh', import.meta.url));
const PG_ROOT = '/usr/lib/postgresql';

export interface ThrowawayPostgres {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  stop(): Promise<void>;
}

/** Whether Debian's PostgreSQL binaries are here (any version). */
export function postgresInstalled(root = PG_ROOT): boolean {
  if (!existsSync(root)) return false;
  return readdirSync(root).some((version) => existsSync(path.join(root, version, 'bin/initdb')));
}

/** A cluster in a temp folder on a free port; `durable` keeps fsync on (for the bench). */
export async function startThrowawayPostgres(options: { durable?: boolean } = {}): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hostguard-pg-'));
  const env = { ...process.env, HOSTGUARD_PG_DURABLE: options.durable ? '1' : '' };
  const stop = async () => void (await run('bash', [SCRIPT, 'stop', dir]));
  for (let attempt = 1; ; attempt++) {
    try {
      // Another process can take the port between freePort() and the start: try another.
      const { stdout } = await run('bash', [SCRIPT, 'start', dir, String(await freePort())], { env });
      return { url: stdout.trim(), stop };
    } catch (error) {
      if (attempt >= 3) {
        await stop().catch(() => undefined);
        throw new Error(`could not start a throwaway PostgreSQL: ${(error as { stderr?: string }).stderr ?? error}`);
      }
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
