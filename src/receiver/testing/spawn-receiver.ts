import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { REPO_ROOT } from './repo-root';

export interface ReceiverProcess {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /**
   * SIGTERM to its process group (npx, tsx and node: npx does not pass signals on), then waits
   * until every one of them has exited. True when the receiver said it stopped cleanly.
   */
  stop(): Promise<boolean>;
}

const READY = /^hostguard receiver listening on (http:\/\/\S+) /m;
const STOPPED = /^hostguard receiver stopped$/m;

/** `npx tsx src/receiver/cli.ts …` as a separate process; resolves once it prints its ready line. */
export async function spawnReceiver(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ReceiverProcess> {
  const child = spawn('npx', ['tsx', 'src/receiver/cli.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const closed = once(child, 'close');
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`receiver not ready after 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`receiver exited with ${code} before it was ready:\n${output}`));
    });
  });
  let stopping: Promise<boolean> | undefined;
  return {
    url,
    child,
    output: () => output,
    stop: () =>
      (stopping ??= (async () => {
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          // Already gone.
        }
        // 'close' waits for the pipes, which the grandchild node process holds until it exits.
        await closed;
        return STOPPED.test(output);
      })()),
  };
}
