import { spawn } from 'node:child_process';
import path from 'node:path';
import { GECKO_ID } from '../../src/build/manifest-for-target';
import { FIREFOX_TEST_UUID, findFirefox } from '../support/firefox';
import { BUILD_DIRS, REPO_ROOT } from '../support/paths';
import { practiceUrl } from '../support/practice-url';
import { startStaticServer } from '../support/server';
import { hasDisplay, instructions, noBrowserMessage, noDisplayMessage } from './guidance';
import { START_SCENARIO } from './start-chromium';

/** `web-ext run` installs dist/firefox-test as a temporary add-on in a fresh profile. */
export async function startFirefox(): Promise<number> {
  const executable = findFirefox();
  if (!executable) return fail(noBrowserMessage('firefox'));
  if (!hasDisplay()) return fail(noDisplayMessage('firefox'));

  const server = await startStaticServer(BUILD_DIRS.firefoxTest);
  const url = practiceUrl(server.origin, START_SCENARIO);
  const webExt = path.join(REPO_ROOT, 'node_modules/.bin/web-ext');
  const args = [
    'run',
    `--source-dir=${BUILD_DIRS.firefoxTest}`,
    `--firefox=${executable}`,
    `--start-url=${url}`,
    // Same fixed moz-extension UUID as the e2e profile, so its pages have a known address.
    `--pref=extensions.webextensions.uuids=${JSON.stringify({ [GECKO_ID]: FIREFOX_TEST_UUID })}`,
    '--no-reload',
    '--no-config-discovery',
  ];
  const child = spawn(webExt, args, { stdio: ['ignore', 'pipe', 'inherit'], cwd: REPO_ROOT });
  let told = false;
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!told && chunk.toString().includes('Installed')) {
      told = true;
      console.log(instructions('firefox', url));
    }
  });
  // web-ext closes Firefox and exits on SIGINT; forward it (a terminal's Ctrl-C reaches both anyway).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? 0)));
  await server.close();
  return code;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}
