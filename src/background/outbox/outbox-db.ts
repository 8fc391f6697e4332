import { deleteDB, openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { OUTBOX } from './outbox-config';
import { withIndexes, type OutboxRecord } from './outbox-record';

interface OutboxSchema extends DBSchema {
  reports: {
    key: string;
    value: OutboxRecord;
    indexes: { dueAt: number; blockedOn: string; enqueuedAt: number };
  };
}

type UpgradeTx = IDBPTransaction<OutboxSchema, 'reports'[], 'versionchange'>;

/**
 * The outbox database, versioned like Bitwarden's state (reliability-security.md §6): version N
 * runs every step after the stored version, in order, so a queue written by any earlier release
 * is migrated, never dropped. Add a step; never edit one that shipped.
 */
export const OUTBOX_DB_VERSION = 1;
const STEPS: Record<number, (db: IDBPDatabase<OutboxSchema>, tx: UpgradeTx) => void> = {
  1: (db) => {
    const store = db.createObjectStore('reports', { keyPath: 'key' });
    store.createIndex('dueAt', 'dueAt');
    store.createIndex('blockedOn', 'blockedOn', { multiEntry: true });
    store.createIndex('enqueuedAt', 'enqueuedAt');
  },
};

export function upgradeOutbox(
  db: IDBPDatabase<OutboxSchema>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) STEPS[version]?.(db, tx);
}

let opened: Promise<IDBPDatabase<OutboxSchema>> | undefined;

function openOnce(): Promise<IDBPDatabase<OutboxSchema>> {
  return openDB<OutboxSchema>(OUTBOX.dbName, OUTBOX_DB_VERSION, {
    upgrade: (db, oldVersion, newVersion, tx) => upgradeOutbox(db, oldVersion, newVersion ?? OUTBOX_DB_VERSION, tx),
    // A newer release in another context wants to upgrade: step aside, reopen on next use.
    blocking: () => void forget(),
    terminated: () => (opened = undefined),
  });
}

async function openOutbox(): Promise<IDBPDatabase<OutboxSchema>> {
  const db = await openOnce();
  if (db.objectStoreNames.contains('reports')) return db;
  // A reader that opened the database without a version created it empty, at version 1, before
  // we did: it holds nothing, so start it over rather than fail every write.
  db.close();
  await deleteDB(OUTBOX.dbName);
  return openOnce();
}

function database(): Promise<IDBPDatabase<OutboxSchema>> {
  opened ??= openOutbox().catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

async function forget(): Promise<void> {
  const db = await opened?.catch(() => undefined);
  opened = undefined;
  db?.close();
}

type WriteTx = IDBPTransaction<OutboxSchema, ['reports'], 'readwrite'>;

/**
 * Every outbox write: one transaction, strict durability (Firefox commits "relaxed" unless asked,
 * §1.2), all or nothing. A step that throws aborts it explicitly: IndexedDB would otherwise
 * commit the requests made before the throw.
 */
async function write<T>(steps: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = (await database()).transaction('reports', 'readwrite', { durability: 'strict' });
  try {
    const result = await steps(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failing request itself.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/** Adds a new record; an existing key is left as it is (the same report enqueued twice). */
export function addRecord(record: OutboxRecord): Promise<'added' | 'exists'> {
  return write(async (tx) => {
    if (await tx.store.getKey(record.key)) return 'exists';
    await tx.store.put(withIndexes(record));
    return 'added';
  });
}

/**
 * Read-modify-write of several records in one strict transaction. `change` must be synchronous
 * (an await on anything else would let IndexedDB commit early); it returns undefined to skip a
 * record. Deleted keys are skipped. Returns the records as written.
 */
export function updateRecords(
  keys: readonly string[],
  change: (record: OutboxRecord) => OutboxRecord | undefined,
): Promise<OutboxRecord[]> {
  return write(async (tx) => {
    const written: OutboxRecord[] = [];
    for (const key of keys) {
      const record = await tx.store.get(key);
      const next = record && change(record);
      if (!next) continue;
      const indexed = withIndexes(next);
      await tx.store.put(indexed);
      written.push(indexed);
    }
    return written;
  });
}

export function deleteRecords(keys: readonly string[]): Promise<number> {
  return write(async (tx) => {
    let deleted = 0;
    for (const key of keys) {
      if (!(await tx.store.getKey(key))) continue;
      await tx.store.delete(key);
      deleted++;
    }
    return deleted;
  });
}

export async function getRecord(key: string): Promise<OutboxRecord | undefined> {
  return (await database()).get('reports', key);
}

/** Records with work due at `now`, soonest first. */
export async function dueRecords(now: number, limit: number): Promise<OutboxRecord[]> {
  return (await database()).getAllFromIndex('reports', 'dueAt', IDBKeyRange.upperBound(now), limit);
}

export async function earliestDue(): Promise<number | undefined> {
  const cursor = await (await database()).transaction('reports').store.index('dueAt').openKeyCursor();
  return cursor?.key;
}

export async function blockedKeys(tag: string): Promise<string[]> {
  return (await database()).getAllKeysFromIndex('reports', 'blockedOn', tag);
}

export async function newestRecords(limit: number): Promise<OutboxRecord[]> {
  const records: OutboxRecord[] = [];
  const index = (await database()).transaction('reports').store.index('enqueuedAt');
  for (
    let cursor = await index.openCursor(null, 'prev');
    cursor && records.length < limit;
    cursor = await cursor.continue()
  ) {
    records.push(cursor.value);
  }
  return records;
}

export async function recordsEnqueuedBefore(time: number, limit: number): Promise<OutboxRecord[]> {
  return (await database()).getAllFromIndex('reports', 'enqueuedAt', IDBKeyRange.upperBound(time, true), limit);
}

export async function allRecords(): Promise<OutboxRecord[]> {
  return (await database()).getAll('reports');
}

export const isQuotaError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
