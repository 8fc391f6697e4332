import { purgeAfterExport } from '../evidence/retention';
import { getRecord } from '../outbox/outbox-db';
import { isSettled } from '../outbox/outbox-record';

/**
 * The host downloaded a report's evidence bundle. Only a bundle of a report every destination
 * has acknowledged may let the meeting's evidence go (and only if the host chose that): until
 * then the outbox still needs it to deliver.
 */
export async function purgeDeliveredAfterExport(key: string): Promise<boolean> {
  const record = await getRecord(key);
  if (!record || !isSettled(record)) return false;
  return purgeAfterExport(record.report.meeting.id);
}
