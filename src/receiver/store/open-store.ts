import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';
import type { ReportStore, StoreKind } from './store';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** `--db`: a postgresql:// URL picks PostgreSQL; anything else is a SQLite file path (or `:memory:`). */
export function storeKindOf(db: string): StoreKind {
  return POSTGRES_URL.test(db) ? 'postgresql' : 'sqlite';
}

export function openStore(db: string): Promise<ReportStore> {
  return storeKindOf(db) === 'postgresql' ? openPostgresStore(db) : Promise.resolve(openSqliteStore(db));
}

/** How the database is named in logs: a PostgreSQL URL without its password. */
export function describeDb(db: string): string {
  if (storeKindOf(db) === 'sqlite') return db;
  try {
    const url = new URL(db);
    if (url.password) url.password = '***';
    return url.href;
  } catch {
    return 'postgresql (unparsable URL)';
  }
}
