import { createHash } from 'node:crypto';
import { verifyChain } from '../../src/shared/report-wire/chain';
import type { StoredReport } from '../../src/receiver/store/store';
import type { RunningReceiver } from './receiver';

/** What the receiver holds, checked independently of what it says about itself. */
export interface ReceivedCheck {
  reports: StoredReport[];
  /** Reports whose chain the receiver marked verified AND that verify again here. */
  chainsVerified: number;
  /** Attached entries over all reports, and those whose bytes the receiver holds with that SHA-256, type and size. */
  attached: number;
  attachedHeld: number;
  /** Distinct image bytes the receiver holds (stats over its evidence table). */
  imageBytes: number;
  problems: string[];
}

export async function checkReceived(receiver: RunningReceiver): Promise<ReceivedCheck> {
  const reports = await receiver.reports();
  const problems: string[] = [];
  let chainsVerified = 0;
  let attached = 0;
  let attachedHeld = 0;
  const checkedBytes = new Map<string, boolean>();
  for (const stored of reports) {
    const { report } = stored;
    const again = await verifyChain(report.meeting.id, report.evidence.entries, report.evidence.chainHead);
    if (stored.chainStatus === 'verified' && again === 'verified') chainsVerified++;
    else problems.push(`${stored.idempotencyKey}: chain ${stored.chainStatus}, re-checked ${again}`);
    for (const entry of report.evidence.entries.filter((e) => e.attached)) {
      attached++;
      if (!checkedBytes.has(entry.sha256)) {
        const held = await receiver.store.readEvidence(entry.sha256);
        const ok =
          held !== undefined &&
          held.mediaType === entry.mediaType &&
          held.bytes.byteLength === entry.size &&
          createHash('sha256').update(held.bytes).digest('hex') === entry.sha256;
        checkedBytes.set(entry.sha256, ok);
      }
      if (checkedBytes.get(entry.sha256)) attachedHeld++;
      else problems.push(`${stored.idempotencyKey}: evidence ${entry.seq} (${entry.sha256}) not held as sent`);
    }
  }
  const { imageBytes } = await receiver.store.stats();
  return { reports, chainsVerified, attached, attachedHeld, imageBytes, problems };
}

/** UTF-8 bytes as hex, so a byte-exact comparison prints what differs. */
export const utf8Hex = (text: string): string => Buffer.from(text, 'utf8').toString('hex');
