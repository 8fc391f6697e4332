import { randomBytes, randomUUID } from 'node:crypto';
import { forbidsImages, type ReportCategory } from '../../shared/model/report';
import { chainHead } from '../../shared/report-wire/chain';
import type { EvidenceEntry, EvidenceKind, MediaType, WireReport } from '../../shared/report-wire/schema';
import { sha256Hex } from '../../shared/report-wire/sha256';

export interface EvidenceBlob {
  sha256: string;
  mediaType: MediaType;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface BuiltReport {
  report: WireReport;
  /** The bytes of every attached entry, to PUT before the POST. */
  blobs: EvidenceBlob[];
}

export interface ReportSpec {
  category?: ReportCategory;
  meetingId?: string;
  title?: string;
  names?: string[];
  /** JSON snapshots (roster, chat), attached. */
  snapshots?: number;
  /** JPEG-like frames; hash-only for a category that forbids images, as the extension sends them. */
  frames?: number;
  frameBytes?: number;
}

/** A JPEG's markers around random bytes: unique per call, small, and looks like a frame. */
export function jpegLike(size: number): Uint8Array<ArrayBuffer> {
  const bytes = randomBytes(Math.max(size, 8));
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  bytes.set([0xff, 0xd9], bytes.length - 2);
  return new Uint8Array(bytes);
}

/** A valid report with a correct hash chain, as the extension's outbox would send it. */
export async function buildReport(spec: ReportSpec = {}): Promise<BuiltReport> {
  const category = spec.category ?? 'harassment';
  const meetingId = spec.meetingId ?? `meeting-${randomUUID()}`;
  const start = 1_780_000_000_000;
  const blobs: EvidenceBlob[] = [];
  const entries: EvidenceEntry[] = [];
  const add = async (kind: EvidenceKind, mediaType: MediaType, bytes: Uint8Array<ArrayBuffer>, attached: boolean) => {
    const sha256 = await sha256Hex(bytes);
    const seq = entries.length;
    entries.push({ seq, kind, capturedAt: start + seq * 1_000, mediaType, size: bytes.byteLength, sha256, attached });
    if (attached) blobs.push({ sha256, mediaType, bytes });
  };
  for (let i = 0; i < (spec.snapshots ?? 2); i++) {
    const snapshot = { kind: i % 2 ? 'chat' : 'roster', meetingId, nonce: randomUUID(), people: spec.names ?? [] };
    await add(i % 2 ? 'chat' : 'roster', 'application/json', new TextEncoder().encode(JSON.stringify(snapshot)), true);
  }
  for (let i = 0; i < (spec.frames ?? 2); i++) {
    await add('frame', 'image/jpeg', jpegLike(spec.frameBytes ?? 2_048), !forbidsImages(category));
  }
  const names = spec.names ?? ['Alex Host', 'Intruder'];
  const report: WireReport = {
    idempotencyKey: randomUUID(),
    createdAt: start + 60_000,
    category,
    note: 'Shared an offensive screen, then renamed themselves.',
    meeting: { id: meetingId, platform: 'practice', title: spec.title ?? 'Weekly community call' },
    window: { from: start, to: start + 60_000 },
    participants: names.map((name, index) => ({ id: `p${index + 1}`, name, role: index ? 'attendee' : 'host' })),
    alerts: [
      { at: start + 5_000, kind: 'share-started', reason: 'A participant not on the allow list shared a screen' },
    ],
    actions: [
      { at: start + 6_000, action: 'panic', step: 'stop-share', origin: 'shortcut', ok: true, detail: 'share stopped' },
    ],
    evidence: { chainHead: await chainHead(meetingId, entries), entries },
    client: { version: '0.1.0', browser: 'chromium' },
  };
  return { report, blobs };
}
