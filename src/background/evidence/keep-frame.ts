import type { CaptureCap } from '../../shared/model/evidence';
import type { MeetingSession } from '../../shared/model/session';
import { openIncident } from './capture-policy';
import { appendEvidence, inMeetingOrder } from './evidence-store';
import { enforceByteCap, enforceFrameCap, evictRing } from './ring-buffer';

/**
 * Stores one frame, from either path: pinned to the open incident if there is one, else in the
 * ring; then the ring and the caps are applied. The byte cap spans every meeting and is checked
 * at most every few seconds (it reads every held item).
 */
export interface KeptFrame {
  stored: boolean;
  withheld?: boolean;
  capped?: CaptureCap;
  /** Meetings that lost frames to the byte cap. */
  bytesCapped: ReadonlySet<string>;
}

const BYTE_CAP_EVERY_MS = 5_000;
let lastByteCheck = Number.NEGATIVE_INFINITY;

export async function keepFrame(session: MeetingSession, bytes: Uint8Array, at: number): Promise<KeptFrame> {
  const id = session.id;
  const incident = openIncident(session, at);
  const hold = incident ? { hold: 'incident' as const, incidentId: incident.id } : { hold: 'ring' as const };
  const result = await appendEvidence(id, 'frame', 'image/jpeg', bytes, at, hold);
  if (!result.ok) {
    const refused: KeptFrame = { stored: false, bytesCapped: new Set() };
    if (result.reason === 'images-withheld') refused.withheld = true;
    if (result.reason === 'chain-full') refused.capped = 'entries';
    return refused;
  }
  const capped = await inMeetingOrder(id, async () => {
    await evictRing(id, at);
    return enforceFrameCap(id);
  });
  let bytesCapped: ReadonlySet<string> = new Set();
  if (at - lastByteCheck >= BYTE_CAP_EVERY_MS) {
    lastByteCheck = at;
    bytesCapped = await enforceByteCap();
  }
  return capped ? { stored: true, capped, bytesCapped } : { stored: true, bytesCapped };
}

export function __forgetByteCheckForTests(): void {
  lastByteCheck = Number.NEGATIVE_INFINITY;
}
