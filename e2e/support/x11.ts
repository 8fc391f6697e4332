import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';

/**
 * A private X display for real keyboard input: Xvfb plus the openbox window manager (without a
 * window manager `xdotool windowactivate` fails and keys land in the URL bar, toolchain.md §4)
 * driven by xdotool.
 */
export const X11_TOOLS = ['Xvfb', 'openbox', 'xdotool'] as const;

/** The tools missing from PATH; empty when real key input can be tried. */
export function missingX11Tools(): string[] {
  return X11_TOOLS.filter((tool) => {
    try {
      execFileSync('which', [tool], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

export interface XDisplay {
  /** e.g. `:3`, for the DISPLAY of processes started on it. */
  display: string;
  xdotool(...args: string[]): Promise<string>;
  close(): Promise<void>;
}

/** Starts Xvfb on the first free display number (Xvfb picks it: -displayfd) and openbox on it. */
export async function startXDisplay(): Promise<XDisplay> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await displayNumberOf(xvfb);
  const env = { ...process.env, DISPLAY: display };
  const openbox = spawn('openbox', [], { env, stdio: 'ignore' });
  const xdotool = (...args: string[]) =>
    new Promise<string>((resolve, reject) =>
      execFile('xdotool', args, { env, timeout: 10_000 }, (error, stdout, stderr) =>
        error
          ? reject(new Error(`xdotool ${args.join(' ')}: ${stderr.trim() || error.message}`))
          : resolve(stdout.trim()),
      ),
    );
  return {
    display,
    xdotool,
    async close() {
      await Promise.all([stop(openbox), stop(xvfb)]);
    },
  };
}

function displayNumberOf(xvfb: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let written = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not report a display within 10 s')), 10_000);
    xvfb.once('error', reject);
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (!written.includes('\n')) return;
      clearTimeout(timer);
      resolve(`:${written.trim()}`);
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });
}

/**
 * Retries `attempt` until it succeeds or `timeoutMs` passes: openbox takes a moment to claim the
 * display, and until it does `windowactivate` is refused.
 */
export async function retryUntil<T>(attempt: () => Promise<T>, timeoutMs: number, pollMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}
