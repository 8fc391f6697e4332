import { chainHead } from '../../../shared/report-wire/chain';
import type { EvidenceEntry, WireReport } from '../../../shared/report-wire/schema';
import { sha256Hex } from '../../../shared/report-wire/sha256';

/** Evidence bytes by SHA-256, standing in for the evidence store's `readEvidenceBytes`. */
export class FakeEvidence {
  readonly blobs = new Map<string, { mediaType: string; bytes: Uint8Array }>();
  readonly read = async (sha256: string) => this.blobs.get(sha256);
}

let frame = 0;

/** A valid wire report with `frames` attached JPEG frames (stored in `evidence`), chain included. */
export async function makeReport(
  evidence: FakeEvidence,
  options: { frames?: number; names?: string[]; note?: string; title?: string; at?: number } = {},
): Promise<WireReport> {
  const at = options.at ?? 1_767_225_600_000;
  const meetingId = 'meeting-1';
  const entries: EvidenceEntry[] = [];
  for (let seq = 0; seq < (options.frames ?? 0); seq++) {
    const bytes = new TextEncoder().encode(`jpeg frame ${++frame}`);
    const sha256 = await sha256Hex(bytes);
    evidence.blobs.set(sha256, { mediaType: 'image/jpeg', bytes });
    entries.push({
      seq,
      kind: 'frame',
      capturedAt: at + seq,
      mediaType: 'image/jpeg',
      size: bytes.length,
      sha256,
      attached: true,
    });
  }
  return {
    idempotencyKey: crypto.randomUUID(),
    createdAt: at,
    category: 'harassment',
    note: options.note ?? 'shared an offensive screen',
    meeting: { id: meetingId, platform: 'zoom', title: options.title ?? 'Weekly sync' },
    window: { from: at - 60_000, to: at },
    participants: (options.names ?? ['Mallory']).map((name, i) => ({ id: `p${i}`, name, role: 'participant' })),
    alerts: [],
    actions: [],
    evidence: { chainHead: await chainHead(meetingId, entries), entries },
    client: { version: '0.1.0', browser: 'chrome' },
  };
}
