import { browser } from '../../shared/platform/browser';
import { asDrillHistory, DRILL_HISTORY_KEY, DRILL_HISTORY_LIMIT, type DrillRecord } from '../../shared/model/drill';
import { onSessionCommitted } from '../session/post-commit';
import { createSerialQueue } from '../session/serial-queue';
import { containmentOf } from './containment-time';

/** Where each practice meeting's next drill starts looking (after the last one it recorded). */
const nextSince = new Map<string, number>();
const serial = createSerialQueue<string>();

/**
 * Drills: on the practice meeting, every attack is timed from its first sign to containment,
 * with Shield or by hand, and kept in a short history the panel shows. Real meetings are not
 * timed here: the moderation log is their record.
 */
export function startDrillTimer(): void {
  onSessionCommitted((next) => {
    if (next.platform !== 'practice') return;
    const result = containmentOf(next, nextSince.get(next.id) ?? next.startedAt);
    if (!result) return;
    nextSince.set(next.id, result.at + 1);
    void serial(DRILL_HISTORY_KEY, () => remember(result));
  });
}

async function remember(result: DrillRecord): Promise<void> {
  const stored = asDrillHistory((await browser.storage.local.get(DRILL_HISTORY_KEY))[DRILL_HISTORY_KEY]);
  // A worker restarted mid-drill may see the same containment again: one entry per attack.
  if (stored.some((d) => d.id === result.id)) return;
  await browser.storage.local.set({ [DRILL_HISTORY_KEY]: [result, ...stored].slice(0, DRILL_HISTORY_LIMIT) });
}
