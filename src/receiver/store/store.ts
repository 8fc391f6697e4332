import type { PlatformId } from '../../shared/model/platform';
import type { ReportCategory } from '../../shared/model/report';
import type { ChainStatus } from '../../shared/report-wire/chain';
import type { EvidenceKind, MediaType, WireReport } from '../../shared/report-wire/schema';

/**
 * What the receiver keeps, behind one async interface with a SQLite and a PostgreSQL
 * implementation. De-duplication is the store's job and goes through the unique constraint on
 * `idempotency_key` (INSERT … ON CONFLICT DO NOTHING, then read the row that won), so several
 * receiver processes on one database store each report exactly once.
 */
export type StoreKind = 'sqlite' | 'postgresql';

export interface EvidenceUpload {
  sha256: string;
  mediaType: MediaType;
  bytes: Uint8Array;
  receivedAt: number;
}

/** What the store knows of a held evidence item without reading its bytes. */
export interface HeldEvidence {
  mediaType: string;
  size: number;
}

export interface StoredEvidence extends HeldEvidence {
  bytes: Uint8Array;
}

export interface NewReport {
  /** Server-made id; discarded when the key already has a row. */
  id: string;
  report: WireReport;
  /** Canonical JSON of `report`, stored as the body. */
  bodyJson: string;
  bodySha256: string;
  /** Server receipt time (ms since epoch): the authoritative time. */
  receivedAt: number;
  chainStatus: ChainStatus;
}

/** `inserted: false`: the key already had a row (this batch, an earlier request or another process). */
export type InsertOutcome = { inserted: true; id: string } | { inserted: false; id: string; bodySha256: string };

export interface StoredReport {
  id: string;
  idempotencyKey: string;
  bodySha256: string;
  category: ReportCategory;
  meetingId: string;
  platform: PlatformId;
  receivedAt: number;
  chainStatus: ChainStatus;
  report: WireReport;
}

export interface ReportEvidenceRow {
  seq: number;
  sha256: string;
  kind: EvidenceKind;
  mediaType: MediaType;
  attached: boolean;
  /** Whether the server holds the bytes now. */
  held: boolean;
}

export interface ReportFilter {
  category?: ReportCategory;
  platform?: PlatformId;
  meetingId?: string;
  /** Newest first, at most this many. */
  limit: number;
}

export interface StoreStats {
  reports: number;
  evidence: number;
  /** Sum of stored evidence bytes, all types. */
  evidenceBytes: number;
  /** Sum of stored bytes whose media type is an image. */
  imageBytes: number;
  reportEvidence: number;
}

export interface ReportStore {
  readonly kind: StoreKind;
  /** Idempotent by hash: `existing` when the bytes were already held. */
  putEvidence(upload: EvidenceUpload): Promise<'created' | 'existing'>;
  /** The held items among `hashes` (no bytes read). */
  heldEvidence(hashes: readonly string[]): Promise<Map<string, HeldEvidence>>;
  /** Inserts every report in one transaction; outcomes in the order given. */
  insertReports(reports: readonly NewReport[]): Promise<InsertOutcome[]>;
  /** Deletes the image bytes among `hashes` that no stored report references; returns how many. */
  purgeUnreferencedImages(hashes: readonly string[]): Promise<number>;
  listReports(filter: ReportFilter): Promise<StoredReport[]>;
  getReport(id: string): Promise<StoredReport | undefined>;
  /** Evidence rows of each report, by seq, with whether the bytes are held. */
  evidenceRows(reportIds: readonly string[]): Promise<Map<string, ReportEvidenceRow[]>>;
  readEvidence(sha256: string): Promise<StoredEvidence | undefined>;
  /** Distinct categories of the reports that reference `sha256`. */
  categoriesReferencing(sha256: string): Promise<ReportCategory[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
