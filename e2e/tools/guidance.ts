/** What `npm start` prints when it cannot open a browser, and the checks behind it. */
import { SUGGESTED_COMMANDS } from '../../src/shared/actions';

export type BrowserName = 'chromium' | 'firefox';

/** Linux needs an X or Wayland display for a headed browser; macOS and Windows always have one. */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return process.platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

const WHAT_IT_DOES: Record<(typeof SUGGESTED_COMMANDS)[number]['name'], string> = {
  panic: "panic (stop intruders' shares, lock the meeting, close chat and rename)",
  'stop-shares': 'stop all screen shares',
  'lock-meeting': 'lock the meeting',
  'open-panel': 'open the panel',
};
const SHORTCUT_LINES = SUGGESTED_COMMANDS.map(
  (c) => `       ${c.defaultShortcut.padEnd(12)} ${WHAT_IT_DOES[c.name]}`,
).join('\n');
const OPEN_PANEL = SUGGESTED_COMMANDS.find((c) => c.name === 'open-panel')!.defaultShortcut;

const BY_HAND: Record<BrowserName, string[]> = {
  chromium: [
    'Or load the test build by hand in any Chromium-based browser:',
    '  chrome://extensions -> Developer mode -> Load unpacked -> dist/chrome-test',
    '  then serve it on localhost: `python3 -m http.server -d dist/chrome-test -b 127.0.0.1 8000` and open',
    '  http://127.0.0.1:8000/src/practice/index.html?scenario=raid',
  ],
  firefox: [
    'Or load the test build by hand in Firefox:',
    '  about:debugging#/runtime/this-firefox -> Load Temporary Add-on -> dist/firefox-test/manifest.json',
  ],
};

export function noDisplayMessage(browser: BrowserName): string {
  const command = browser === 'chromium' ? 'npm start' : 'npm run start:firefox';
  return [
    `No display: DISPLAY and WAYLAND_DISPLAY are unset, so ${browser} cannot open a window.`,
    `On a headless machine, run it under a virtual display:  xvfb-run -a ${command}`,
    '  (Debian/Ubuntu: `sudo apt-get install xvfb xauth`), or use a desktop session / ssh -X.',
    ...BY_HAND[browser],
  ].join('\n');
}

export function noBrowserMessage(browser: BrowserName): string {
  const install =
    browser === 'chromium'
      ? [
          'No Chromium found (looked at $CHROME_PATH, /usr/bin/chromium, /usr/lib/chromium/chromium,',
          'and chromium, chromium-browser, google-chrome on PATH).',
          'Install it:  sudo apt-get install chromium   (or download Chromium / Chrome for Testing),',
          'then, if it is elsewhere:  CHROME_PATH=/path/to/chromium npm start',
          'Note: branded Google Chrome 137+ ignores --load-extension, so it cannot be used here.',
        ]
      : [
          'No Firefox found (looked at $FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox).',
          'Install it:  sudo apt-get install firefox-esr   (or download Firefox),',
          'then, if it is elsewhere:  FIREFOX_PATH=/path/to/firefox npm run start:firefox',
        ];
  return [...install, ...BY_HAND[browser]].join('\n');
}

export function instructions(browser: BrowserName, practiceUrl: string): string {
  const panel =
    browser === 'chromium'
      ? `The panel is open in the next tab. For the real side panel, press ${OPEN_PANEL} on the meeting\n  (or click the Hostguard toolbar icon).`
      : `Press ${OPEN_PANEL} on the meeting to open the Hostguard sidebar (or use the toolbar icon).`;
  return `
Hostguard practice meeting is ready (${browser}, test build).
  Meeting: ${practiceUrl}

  1. ${panel}
  2. Click "Start scenario" in the meeting: a raid begins (joiners, an offensive rename, a screen share).
  3. Stop it from the panel, or with the shortcuts:
${SHORTCUT_LINES}
  Other scenarios: change ?scenario= in the address bar.

Close the browser or press Ctrl-C here to stop.
`;
}
