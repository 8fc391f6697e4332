/**
 * Which parts of the meeting client an adapter can find right now. Drives "adapter healthy"
 * in the panel: a platform UI that changed shows up here instead of as a silent failure.
 */
export interface Health {
  ok: boolean;
  /** Part name -> found. Names are stable identifiers, e.g. `roster`, `stage`, `securityMenu`. */
  parts: Record<string, boolean>;
  checkedAt: number;
}

export function healthOf(parts: Record<string, boolean>, required: readonly string[], at: number): Health {
  return { ok: required.every((part) => parts[part] === true), parts, checkedAt: at };
}
