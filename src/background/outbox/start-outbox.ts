import { DESTINATIONS_KEY } from '../../shared/model/destinations';
import { browser } from '../../shared/platform/browser';
import { drainOutbox } from './drain';
import { OUTBOX } from './outbox-config';
import { allRecords, deleteRecords } from './outbox-db';
import { configureOutbox, type ReadEvidence } from './outbox-deps';
import type { OutboxRecord } from './outbox-record';
import { reviveBlocked, reviveRecords } from './outbox-writes';
import { forgetUnsaved, scheduleSummary } from './summary';

export interface OutboxStartOptions {
  /** The evidence store's `readEvidenceBytes` (src/background/evidence/evidence-store.ts). */
  readEvidence?: ReadEvidence;
}

const BLOCKED_BY_SETTINGS = ['config:endpoint', 'config:webhook', 'permission:endpoint', 'permission:webhook'];
const BLOCKED_BY_PERMISSION = ['permission:endpoint', 'permission:webhook'];

const reviveThenDrain = (tags: readonly string[], reason: 'settings' | 'permission') =>
  void reviveBlocked(tags)
    .catch((error: unknown) => console.warn('Hostguard: outbox', error))
    .then(() => drainOutbox(reason));

/**
 * Called synchronously at the top level of the background, so the events that wake a stopped
 * worker (the drain alarm, a browser start, a settings change, a granted permission) find their
 * listeners; and every start of the worker is itself a wake that drains.
 */
export function startOutbox(options: OutboxStartOptions = {}): void {
  if (options.readEvidence) configureOutbox({ readEvidence: options.readEvidence });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX.alarmName) void drainOutbox('alarm');
  });
  browser.runtime.onStartup.addListener(() => void drainOutbox('startup'));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && DESTINATIONS_KEY in changes) reviveThenDrain(BLOCKED_BY_SETTINGS, 'settings');
  });
  browser.permissions.onAdded.addListener(() => reviveThenDrain(BLOCKED_BY_PERMISSION, 'permission'));
  void drainOutbox('wake');
}

/** The panel's "retry": every destination not delivered is due now, its backoff started over. */
export async function retryReport(key: string): Promise<boolean> {
  const written = await reviveRecords([key], true);
  if (!written || written.length === 0) return false;
  void drainOutbox('retry');
  return true;
}

/** The panel's "delete": the report leaves the outbox (a copy the receiver stored stays there). */
export async function deleteReport(key: string): Promise<boolean> {
  const deleted = (await deleteRecords([key])) > 0;
  const unsaved = await forgetUnsaved(key);
  await scheduleSummary();
  return deleted || unsaved;
}

/** Every record, for tests and the bench. */
export function outboxRecords(): Promise<OutboxRecord[]> {
  return allRecords();
}
