/**
 * Keystroke-level model (Card, Moran & Newell, "The Psychology of Human-Computer Interaction",
 * 1983) of a host doing panic's menu path by hand in the practice meeting, from the moment they
 * decide to act (noticing the attack is not included). Operator times in seconds, theirs:
 */
export const KLM_SECONDS = {
  /** Mental preparation. */
  M: 1.35,
  /** Point with the mouse to a target on screen. */
  P: 1.1,
  /** Press or release a mouse button (a click is BB). */
  B: 0.1,
  /** One keystroke, average non-secretary typist (40 wpm). */
  K: 0.28,
  /** Move the hand between mouse and keyboard. */
  H: 0.4,
} as const;

type Operator = keyof typeof KLM_SECONDS | 'R';
interface Step {
  op: Operator;
  what: string;
  /** R only: the page's own wait, in ms. */
  ms?: number;
}

/**
 * M before each new target (CMN rule 0), none between pointing and clicking (rule 1). R is the
 * practice page's menu delay, counted in full (conservative: a host cannot pick an item before
 * it renders). Hand on the mouse, roster panel open, meeting window in front.
 */
export function menuPathOperators(menuDelayMs: number): Step[] {
  const click = (what: string): Step[] => [
    { op: 'M', what: `find ${what}` },
    { op: 'P', what: `point to ${what}` },
    { op: 'B', what: 'press' },
    { op: 'B', what: 'release' },
  ];
  const wait = (what: string): Step => ({ op: 'R', what, ms: menuDelayMs });
  return [
    ...click("the intruder's More options"),
    wait('row menu items render'),
    ...click('Stop share'),
    ...click('Security (toolbar)'),
    wait('Security menu items render'),
    ...click('Suspend participant activities'),
    ...click('Suspend (confirm dialog)'),
  ];
}

/** Pressing the shortcut instead: hand to keyboard, decide, three keys (Alt, Shift, E). */
export function shortcutOperators(): Step[] {
  return [
    { op: 'H', what: 'hand from mouse to keyboard' },
    { op: 'M', what: 'recall the panic shortcut' },
    { op: 'K', what: 'Alt' },
    { op: 'K', what: 'Shift' },
    { op: 'K', what: 'E' },
  ];
}

export const secondsOf = (step: Step): number => (step.op === 'R' ? (step.ms ?? 0) / 1000 : KLM_SECONDS[step.op]);

export interface KlmEstimate {
  constantsSeconds: typeof KLM_SECONDS;
  menuDelayMs: number;
  /** The sequence, e.g. `M P B B R M P B B …`. */
  sequence: string;
  counts: Record<string, number>;
  operators: Step[];
  totalMs: number;
  /** The host pressing the shortcut (before panic's own time). */
  shortcutSequence: string;
  shortcutMs: number;
}

export function klmEstimate(menuDelayMs: number): KlmEstimate {
  const operators = menuPathOperators(menuDelayMs);
  const shortcut = shortcutOperators();
  const total = (steps: Step[]) => Math.round(steps.reduce((sum, s) => sum + secondsOf(s), 0) * 1000);
  const counts: Record<string, number> = {};
  for (const { op } of operators) counts[op] = (counts[op] ?? 0) + 1;
  return {
    constantsSeconds: KLM_SECONDS,
    menuDelayMs,
    sequence: operators.map((s) => s.op).join(' '),
    counts,
    operators,
    totalMs: total(operators),
    shortcutSequence: shortcut.map((s) => s.op).join(' '),
    shortcutMs: total(shortcut),
  };
}
