import { readdirSync, readFileSync } from 'node:fs';

/**
 * SIGKILLs the Chromium this test launched on `profileDir` (R3, reliability-security.md §9.1): no
 * shutdown, no flush, as a crash or a power cut of the browser would. Its browser process is the
 * one with `--user-data-dir=<profileDir>` and no `--type=` (children have a type). Returns its pid.
 */
export function killChromiumHard(profileDir: string): number {
  const pid = browserPid(profileDir);
  if (pid === undefined) throw new Error(`no Chromium browser process runs on ${profileDir}`);
  process.kill(pid, 'SIGKILL');
  return pid;
}

function browserPid(profileDir: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone meanwhile, or not ours to read
    }
    if (args.includes(`--user-data-dir=${profileDir}`) && !args.some((arg) => arg.startsWith('--type='))) {
      return Number(entry);
    }
  }
  return undefined;
}

/** Whether a process still exists (signal 0 checks without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
