import type { Alert } from '../../shared/model/alert';
import type { MeetingSession } from '../../shared/model/session';
import { recentAlert } from '../rules/rule';

const NOTICE_EVERY_MS = 60_000;

/**
 * How hard to shrink a session that no longer fits storage.session (10 MB for the whole
 * extension): a raid of thousands of 10,000-character names can get there. Each level keeps the
 * meeting usable (present people, recent alerts, the panic snapshot) and gives up detail first.
 */
export const COMPACTION_LEVELS = [
  { nameChars: 256, departed: 200, alerts: 300, actions: 200 },
  { nameChars: 64, departed: 0, alerts: 100, actions: 100 },
] as const;

export type CompactionLevel = (typeof COMPACTION_LEVELS)[number];

export function compactSession(session: MeetingSession, level: CompactionLevel, now: number): MeetingSession {
  const cut = (name: string) => (name.length > level.nameChars ? `${name.slice(0, level.nameChars)}…` : name);
  const departed = Object.values(session.participants)
    .filter((p) => !p.present)
    .sort((a, b) => (b.leftAt ?? 0) - (a.leftAt ?? 0));
  const dropped = new Set(departed.slice(level.departed).map((p) => p.id));
  const participants = Object.fromEntries(
    Object.values(session.participants)
      .filter((p) => !dropped.has(p.id))
      .map((p) => [p.id, { ...p, name: cut(p.name), previousNames: p.previousNames.slice(-3).map(cut) }]),
  );
  const alerts = session.alerts
    .slice(-level.alerts)
    .map((a) => (a.name === undefined ? a : { ...a, name: cut(a.name) }));
  const notice: Alert = {
    id: crypto.randomUUID(),
    at: now,
    kind: 'state-compacted',
    severity: 'warning',
    values: { chars: level.nameChars },
  };
  // A meeting that stays too big compacts on every write: tell the host once a minute, not each time.
  const told = recentAlert(session, 'state-compacted', now, NOTICE_EVERY_MS);
  return {
    ...session,
    participants,
    alerts: told ? alerts : [...alerts, notice],
    actions: session.actions.slice(-level.actions),
  };
}
