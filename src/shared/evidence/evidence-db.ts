import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { EvidenceKind, MediaType } from '../report-wire/schema';

/**
 * The evidence database (reliability-security.md §4): metadata and images in separate stores, so
 * quota pressure or a child-safety purge drops images without losing the hash chain. The
 * background writes; the panel reads blobs from it to build a bundle. Every write is `strict`.
 */
export const EVIDENCE_DB_NAME = 'hostguard-evidence';
export const EVIDENCE_DB_VERSION = 1;

/**
 * Why an item's blob is held: `ring` a frame outside any incident (kept 10 s), `incident` a frame
 * pinned to an alert (kept until retention), `kept` a JSON snapshot, `none` hash only (blob gone).
 */
export const HOLDS = ['none', 'ring', 'incident', 'kept'] as const;
export type Hold = (typeof HOLDS)[number];

export interface EvidenceItem {
  meetingId: string;
  seq: number;
  kind: EvidenceKind;
  capturedAt: number;
  mediaType: MediaType;
  size: number;
  sha256: string;
  /** The blob is still held (`hold` is not `none`). */
  attached: boolean;
  hold: Hold;
  /** The alert whose incident pinned this frame. */
  incidentId?: string;
}

export interface EvidenceChain {
  meetingId: string;
  head: string;
  nextSeq: number;
  startedAt: number;
  lastAt: number;
  /** Set once the host reported child sexual abuse: no image is ever appended again. */
  imagesWithheldAt?: number;
}

export interface EvidenceSchema extends DBSchema {
  items: {
    key: [string, number];
    value: EvidenceItem;
    indexes: {
      byMeetingHold: [string, Hold, number];
      byHoldTime: [Hold, number];
      byCapturedAt: number;
      bySha: string;
    };
  };
  /** sha256 → the exact bytes that were hashed. */
  blobs: { key: string; value: Blob };
  chains: { key: string; value: EvidenceChain };
}

export type EvidenceDb = IDBPDatabase<EvidenceSchema>;
export type EvidenceStore = StoreNames<EvidenceSchema>;
export type EvidenceWriteTx<S extends EvidenceStore[]> = IDBPTransaction<EvidenceSchema, S, 'readwrite'>;
/** A store of any read-write transaction that includes it. */
export type WritableStore<N extends EvidenceStore> = IDBPObjectStore<
  EvidenceSchema,
  ArrayLike<EvidenceStore>,
  N,
  'readwrite'
>;

let opening: Promise<EvidenceDb> | undefined;

export function openEvidenceDb(): Promise<EvidenceDb> {
  opening ??= openDB<EvidenceSchema>(EVIDENCE_DB_NAME, EVIDENCE_DB_VERSION, {
    upgrade(db, oldVersion) {
      // One step per version, so a profile several versions behind upgrades in order.
      if (oldVersion < 1) {
        const items = db.createObjectStore('items', { keyPath: ['meetingId', 'seq'] });
        items.createIndex('byMeetingHold', ['meetingId', 'hold', 'capturedAt']);
        items.createIndex('byHoldTime', ['hold', 'capturedAt']);
        items.createIndex('byCapturedAt', 'capturedAt');
        items.createIndex('bySha', 'sha256');
        db.createObjectStore('blobs');
        db.createObjectStore('chains', { keyPath: 'meetingId' });
      }
    },
    // Another context (panel or worker) opens a newer version: let it, and reopen next time.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      opening = undefined;
    },
    terminated() {
      opening = undefined;
    },
  });
  opening.catch(() => (opening = undefined));
  return opening;
}

/** A read-write transaction that resolves only once the data is on disk. */
export function writeTx<S extends EvidenceStore[]>(db: EvidenceDb, stores: S): EvidenceWriteTx<S> {
  return db.transaction(stores, 'readwrite', { durability: 'strict' });
}

/** All of a meeting's items, in seq order. */
export function meetingRange(meetingId: string): IDBKeyRange {
  return IDBKeyRange.bound([meetingId, 0], [meetingId, Number.MAX_SAFE_INTEGER]);
}

/** A meeting's items held for `hold`, captured in [from, to]. */
export function holdRange(meetingId: string, hold: Hold, from = 0, to = Number.MAX_SAFE_INTEGER): IDBKeyRange {
  return IDBKeyRange.bound([meetingId, hold, from], [meetingId, hold, to]);
}

/** Closes the connection so a test can start from a fresh database. */
export async function __closeEvidenceDbForTests(): Promise<void> {
  const db = await opening?.catch(() => undefined);
  db?.close();
  opening = undefined;
}
