import { openDB } from 'idb';
import * as v from 'valibot';
import { WireReportSchema, type WireReport } from '../../shared/report-wire/schema';

/** The outbox database the background writes (background/outbox/outbox-db.ts); read-only here. */
const OUTBOX_DB = 'hostguard-outbox';
const REPORTS_STORE = 'reports';

/**
 * One queued report as the background stored it, checked against the wire schema: the panel
 * opens the database without a version, so it never upgrades or blocks the background's schema.
 */
export async function readOutboxReport(key: string): Promise<WireReport | undefined> {
  // No version: the current one. A database that does not exist yet is not created here.
  const db = await openDB(OUTBOX_DB, undefined, { upgrade: (_db, _old, _new, tx) => tx.abort() }).catch(
    () => undefined,
  );
  if (!db) return undefined;
  try {
    if (!db.objectStoreNames.contains(REPORTS_STORE)) return undefined;
    const record: unknown = await db.get(REPORTS_STORE, key);
    const report = (record as { report?: unknown } | undefined)?.report;
    const parsed = v.safeParse(WireReportSchema, report);
    return parsed.success ? parsed.output : undefined;
  } finally {
    db.close();
  }
}
