import type { AlertKind } from './alert';
import type { ActionOrigin } from './session';

/**
 * One rehearsal on the practice meeting: how long from the attack's first sign to the meeting
 * being contained, and how (a shortcut, the panel, or Shield on its own). Kept in storage.local
 * `drillHistory`, newest first, so co-hosts can see themselves get faster.
 */
export interface DrillRecord {
  id: string;
  at: number;
  /** The first threat alert of the drill (a share bomb, a raid, a hostile name…). */
  attack: AlertKind;
  /** Attack start (that alert) → the last verified step that left no intruder share and, after a raid, the room locked. */
  containedMs: number;
  shield: boolean;
  by: ActionOrigin;
}

export const DRILL_HISTORY_KEY = 'drillHistory';
export const DRILL_HISTORY_LIMIT = 30;

export function asDrillHistory(value: unknown): DrillRecord[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (d): d is DrillRecord =>
        typeof d === 'object' &&
        d !== null &&
        typeof d.id === 'string' &&
        typeof d.at === 'number' &&
        typeof d.attack === 'string' &&
        typeof d.containedMs === 'number' &&
        Number.isFinite(d.containedMs) &&
        typeof d.shield === 'boolean' &&
        ['panel', 'shortcut', 'rule'].includes(d.by),
    )
    .slice(0, DRILL_HISTORY_LIMIT);
}
