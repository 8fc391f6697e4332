import { parseArgs } from 'node:util';

export interface CliSettings {
  port: number;
  host: string;
  db: string;
  token: string;
}

export const USAGE = `Usage: npm run receiver -- [--port 8787] [--host 127.0.0.1] [--db reports.sqlite | --db postgresql://…] [--token …]
The token may also come from HOSTGUARD_RECEIVER_TOKEN (better: it does not show in the process list).`;

/** A bad command line: the message is for the person who typed it. */
export class UsageError extends Error {}

export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliSettings {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        db: { type: 'string', default: 'reports.sqlite' },
        token: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError(`--port must be 0–65535, not "${values.port}".`);
  const token = values.token ?? env.HOSTGUARD_RECEIVER_TOKEN ?? '';
  if (!token.trim()) {
    throw new UsageError(
      'No token: pass --token or set HOSTGUARD_RECEIVER_TOKEN to a long random secret (e.g. `openssl rand -hex 32`).\n' +
        'The extension sends it as "Authorization: Bearer <token>"; the safety desk asks for it as the password.',
    );
  }
  return { port, host: values.host, db: values.db, token };
}
