import { unzipSync } from 'fflate';
import { forbidsImages, REPORT_CATEGORIES, type ReportCategory } from '../model/report';
import { verifyChain, type ChainStatus } from '../report-wire/chain';
import { sha256Hex } from '../report-wire/sha256';
import { isImageType } from '../report-wire/schema';
import type { BundleManifest } from './bundle-manifest';
import { findImageSignature, looksLikeImage } from './image-magic';

/**
 * Checks an evidence bundle the way a recipient would: every file hashes to what manifest.json
 * says, no file is unlisted, the hash chain verifies, and a bundle about sexual content involving
 * minors holds no image. Used by tests; the receiver can run the same code.
 */
export interface BundleCheck {
  ok: boolean;
  chain: ChainStatus;
  problems: string[];
  /** Files whose hash was checked. */
  checked: number;
}

export async function verifyBundle(zip: Uint8Array): Promise<BundleCheck> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch (error) {
    return broken(`not a readable ZIP: ${String(error)}`);
  }
  const manifest = parseManifest(files['manifest.json']);
  if (!manifest) return broken('manifest.json is missing or malformed');
  const problems: string[] = [];
  const listed = new Map<string, string>(Object.entries(manifest.files));
  for (const entry of manifest.entries) if (entry.file) listed.set(entry.file, entry.sha256);
  for (const [path, expected] of listed) {
    const bytes = files[path];
    if (!bytes) problems.push(`${path}: listed but missing`);
    else if ((await sha256Hex(new Uint8Array(bytes))) !== expected) problems.push(`${path}: hash mismatch`);
  }
  for (const path of Object.keys(files))
    if (path !== 'manifest.json' && !listed.has(path)) problems.push(`${path}: not listed`);
  if (manifest.chain.meetingId !== manifest.meeting.id) problems.push('chain and meeting ids differ');
  if (forbidsImages(manifest.category) || manifest.imagesWithheld)
    problems.push(...imageProblems(manifest, files, zip));
  const chain = await verifyChain(manifest.chain.meetingId, manifest.entries, manifest.chain.head);
  if (chain === 'broken') problems.push('hash chain does not verify');
  return { ok: problems.length === 0, chain, problems, checked: listed.size };
}

function imageProblems(manifest: BundleManifest, files: Record<string, Uint8Array>, zip: Uint8Array): string[] {
  const problems: string[] = [];
  if (manifest.entries.some((e) => e.file && isImageType(e.mediaType))) problems.push('an image entry is attached');
  for (const [path, bytes] of Object.entries(files)) if (looksLikeImage(bytes)) problems.push(`${path}: is an image`);
  if (findImageSignature(zip) >= 0) problems.push('the archive contains an image signature');
  return problems;
}

function parseManifest(bytes: Uint8Array | undefined): BundleManifest | undefined {
  if (!bytes) return undefined;
  try {
    const manifest = JSON.parse(new TextDecoder().decode(bytes)) as BundleManifest;
    const shaped =
      Array.isArray(manifest.entries) &&
      typeof manifest.files === 'object' &&
      manifest.files !== null &&
      typeof manifest.chain?.head === 'string' &&
      typeof manifest.chain.meetingId === 'string' &&
      typeof manifest.meeting?.id === 'string' &&
      REPORT_CATEGORIES.includes(manifest.category as ReportCategory);
    return shaped ? manifest : undefined;
  } catch {
    return undefined;
  }
}

function broken(problem: string): BundleCheck {
  return { ok: false, chain: 'broken', problems: [problem], checked: 0 };
}
