import { IDBFactory } from 'fake-indexeddb';
import { __closeEvidenceDbForTests } from './evidence-db';

/** For tests (with `import 'fake-indexeddb/auto'`): an empty evidence database. */
export async function freshEvidenceDb(): Promise<void> {
  await __closeEvidenceDbForTests();
  globalThis.indexedDB = new IDBFactory();
}
