import { WIRE_SCHEMA, type EvidenceEntry, type MediaType, type WireReport } from '../report-wire/schema';

/**
 * manifest.json of an evidence bundle: what the archive holds, each file's SHA-256, and how to
 * verify the meeting's hash chain (the formula of report-wire/chain.ts, spelled out for a
 * reader who has only the archive).
 */
export const BUNDLE_SCHEMA = 'hostguard.bundle/1';

export const CHAIN_RULES = Object.freeze({
  algorithm: 'SHA-256 over UTF-8 text, lowercase hex',
  start: 'link0 = SHA-256("hostguard-chain/1\\n" + meeting.id)',
  link: 'link = SHA-256(previous link + "\\n" + seq + "\\n" + kind + "\\n" + capturedAt + "\\n" + mediaType + "\\n" + size + "\\n" + sha256)',
  order: 'entries in seq order, numbered 0, 1, 2… without a gap; `attached` is not linked',
  head: 'the last link (link0 when there is no entry) must equal chain.head',
  files: 'each file named by an entry must hash to that entry’s sha256; every other file to files[path]',
});

export interface ManifestEntry extends EvidenceEntry {
  /** Path of the file in this archive; absent for a hash-only entry. */
  file?: string;
}

export interface BundleManifest {
  schema: typeof BUNDLE_SCHEMA;
  wireSchema: typeof WIRE_SCHEMA;
  language: string;
  category: WireReport['category'];
  /** True for a category that forbids images: the archive holds none, whatever was passed. */
  imagesWithheld: boolean;
  meeting: WireReport['meeting'];
  report: Pick<WireReport, 'idempotencyKey' | 'createdAt' | 'note' | 'window' | 'client'>;
  chain: { meetingId: string; head: string; rules: typeof CHAIN_RULES };
  entries: ManifestEntry[];
  /** SHA-256 of every file not named by an entry (timeline.json, summary.html). */
  files: Record<string, string>;
}

const EXTENSIONS: Record<MediaType, string> = {
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/png': 'png',
  'application/json': 'json',
};

/** `evidence/0042-frame.jpg`: sorted by seq in any file listing. */
export function evidencePath(entry: Pick<EvidenceEntry, 'seq' | 'kind' | 'mediaType'>): string {
  return `evidence/${String(entry.seq).padStart(4, '0')}-${entry.kind}.${EXTENSIONS[entry.mediaType]}`;
}

export function buildManifest(
  report: WireReport,
  entries: ManifestEntry[],
  files: Record<string, string>,
  { language, imagesWithheld }: { language: string; imagesWithheld: boolean },
): BundleManifest {
  const { idempotencyKey, createdAt, note, window, client } = report;
  return {
    schema: BUNDLE_SCHEMA,
    wireSchema: WIRE_SCHEMA,
    language,
    category: report.category,
    imagesWithheld,
    meeting: report.meeting,
    report: { idempotencyKey, createdAt, note, window, client },
    chain: { meetingId: report.meeting.id, head: report.evidence.chainHead, rules: CHAIN_RULES },
    entries,
    files,
  };
}
