import { zipSync, type Zippable } from 'fflate';
import { forbidsImages } from '../model/report';
import { isImageType, type EvidenceEntry, type WireReport } from '../report-wire/schema';
import type { BundleLabels } from './bundle-labels';
import { buildManifest, evidencePath, type ManifestEntry } from './bundle-manifest';
import { summaryHtml } from './bundle-summary';
import { findImageSignature } from './image-magic';
import { sha256HexSync } from './sha256-sync';

/**
 * The evidence bundle the host downloads from the panel: one ZIP with manifest.json (hashes and
 * the chain), the evidence files, timeline.json (names byte-exact) and summary.html (readable,
 * in the host's language). For a category that forbids images (sexual content involving minors)
 * the archive never holds an image, even if image bytes are passed by mistake.
 */
export interface BundleItem {
  entry: EvidenceEntry;
  bytes?: Uint8Array;
}

export interface BundleInput {
  report: WireReport;
  /** Every entry of the chain, in any order; `bytes` for the ones to include. */
  items: readonly BundleItem[];
  labels: BundleLabels;
  language: string;
}

const ZIP_EPOCH = Date.UTC(1980, 0, 2);
const encoder = new TextEncoder();

export function buildEvidenceBundle(input: BundleInput): Uint8Array {
  const { report, labels, language } = input;
  const imagesWithheld = forbidsImages(report.category);
  // Text is stored uncompressed when no image may be present: UTF-8 text cannot contain an image
  // signature, so a byte scan of the whole archive proves there is none.
  const textLevel = imagesWithheld ? 0 : 6;
  const zip: Zippable = {};
  const entries = [...input.items]
    .sort((a, b) => a.entry.seq - b.entry.seq)
    .map((item): ManifestEntry => {
      const file = evidencePath(item.entry);
      if (!mayInclude(item, imagesWithheld)) return { ...item.entry, attached: false };
      zip[file] = [item.bytes!, { level: isImageType(item.entry.mediaType) ? 0 : textLevel }];
      return { ...item.entry, attached: true, file };
    });
  const timeline = json({
    meeting: report.meeting,
    window: report.window,
    participants: report.participants,
    alerts: report.alerts,
    actions: report.actions,
  });
  const summary = encoder.encode(summaryHtml({ report, entries, labels, language, imagesWithheld }));
  const files = { 'timeline.json': sha256HexSync(timeline), 'summary.html': sha256HexSync(summary) };
  const manifest = json(buildManifest(report, entries, files, { language, imagesWithheld }));
  zip['manifest.json'] = [manifest, { level: textLevel }];
  zip['timeline.json'] = [timeline, { level: textLevel }];
  zip['summary.html'] = [summary, { level: textLevel }];
  return zipSync(zip, { mtime: Math.max(report.createdAt, ZIP_EPOCH) });
}

/** Bytes that hash to their entry and, where images are forbidden, are nothing like an image. */
function mayInclude(item: BundleItem, imagesWithheld: boolean): item is Required<BundleItem> {
  const { entry, bytes } = item;
  if (!bytes || bytes.byteLength !== entry.size || sha256HexSync(bytes) !== entry.sha256) return false;
  if (!imagesWithheld) return true;
  return entry.mediaType === 'application/json' && findImageSignature(bytes) < 0;
}

function json(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
}
