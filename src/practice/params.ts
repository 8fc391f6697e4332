/** The practice meeting's URL parameters, read once at mount. */
export interface PracticeParams {
  scenario: string;
  autostart: boolean;
  /** ms before menu items render, like a client fetching its menu state. */
  delay: number;
  seed: number;
  count: number;
  interval: number;
  /** Same-origin URL of a JSON timeline; replaces `scenario` when set. */
  script: string | null;
  /** The host's controls render and open but change nothing: a client whose UI broke. */
  inert: boolean;
}

const int = (raw: string | null, fallback: number, min: number, max: number): number => {
  const value = raw === null || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
};

export function readParams(params: URLSearchParams): PracticeParams {
  return {
    scenario: params.get('scenario') || 'calm',
    autostart: params.get('autostart') === '1',
    delay: int(params.get('delay'), 150, 0, 60_000),
    seed: int(params.get('seed'), 1, 0, 2 ** 32 - 1),
    count: int(params.get('count'), 200, 1, 5_000),
    interval: int(params.get('interval'), 100, 0, 60_000),
    script: params.get('script') || null,
    inert: params.get('inert') === '1',
  };
}
