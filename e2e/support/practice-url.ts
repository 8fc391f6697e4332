import { PRACTICE_PATH } from './paths';

/** Query parameters the practice meeting understands (src/practice). Extra keys pass through. */
export interface PracticeParams {
  /** Attack scenario id, e.g. `raid`. */
  scenario?: string;
  /** Start the scenario on load instead of waiting for the host to click Start. */
  autostart?: boolean;
  /** Milliseconds before the scripted attack begins. */
  delay?: number;
  /** URL of a JSON timeline to play instead of a built-in scenario (serve it with `server.route`). */
  script?: string;
  [extra: string]: string | number | boolean | undefined;
}

/** `<origin>/src/practice/index.html?…`; booleans become `1`/`0`, undefined values are dropped. */
export function practiceUrl(origin: string, params: PracticeParams = {}): string {
  const url = new URL(PRACTICE_PATH, origin.endsWith('/') ? origin : `${origin}/`);
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    url.searchParams.set(name, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return url.href;
}
