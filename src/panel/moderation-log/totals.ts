import type { AlertKind, TextCategory } from '../../shared/model/alert';
import type { EntryState, LogEntry } from './entries';

/** Who acted, for totals: the host by panel or shortcut, or one Shield rule by its alert kind. */
export type ActorKey = 'panel' | 'shortcut' | `rule:${AlertKind}` | 'rule';
/** Why, for totals: the hostile-text category, else the alert kind, else the host's own decision. */
export type ReasonKey = TextCategory | AlertKind | 'host-decision';

/**
 * Counts of log entries (steps: one panic is several), the transparency figures the Santa Clara
 * Principles ask for. Each map lists its keys most frequent first.
 */
export interface LogTotals {
  entries: number;
  byAction: Record<string, number>;
  byActor: Partial<Record<ActorKey, number>>;
  byReason: Partial<Record<ReasonKey, number>>;
  outcomes: Record<EntryState, number>;
  /** `reversed`: steps later undone; `reversing`: the undo steps that did it. */
  reversals: { reversed: number; reversing: number };
}

export function actorKey(entry: LogEntry): ActorKey {
  if (entry.actor.origin !== 'rule') return entry.actor.origin;
  return entry.actor.rule ? `rule:${entry.actor.rule}` : 'rule';
}

export const reasonKey = (entry: LogEntry): ReasonKey => entry.reason.category ?? entry.reason.rule ?? 'host-decision';

function countBy<K extends string>(entries: readonly LogEntry[], keyOf: (entry: LogEntry) => K): Record<K, number> {
  const counts = new Map<K, number>();
  for (const entry of entries) counts.set(keyOf(entry), (counts.get(keyOf(entry)) ?? 0) + 1);
  // Most frequent first; ties keep first-seen order (sort is stable).
  return Object.fromEntries([...counts].sort(([, a], [, b]) => b - a)) as Record<K, number>;
}

export function buildTotals(entries: readonly LogEntry[]): LogTotals {
  const outcomes: Record<EntryState, number> = { ok: 0, failed: 0, waiting: 0 };
  for (const entry of entries) outcomes[entry.result.state]++;
  return {
    entries: entries.length,
    byAction: countBy(entries, (entry) => entry.action.hostAction),
    byActor: countBy(entries, actorKey),
    byReason: countBy(entries, reasonKey),
    outcomes,
    reversals: {
      reversed: entries.filter((entry) => entry.reversed).length,
      reversing: entries.filter((entry) => entry.reverses !== undefined).length,
    },
  };
}
