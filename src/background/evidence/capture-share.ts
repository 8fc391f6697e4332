import { getSession } from '../session/session-store';
import { offerFrame } from './capture-loop';
import { jpegBytesOfDataUrl } from './data-url';

/**
 * The second capture path: the small JPEG frames of the shared screen that the content script
 * already sends for the on-device image check (`content-bg/frame`). They become evidence frames
 * when tab screenshots are not coming (no permission, tab in the background), under the same
 * rules: only while capture is wanted, 2 per second at most, never after a child-safety stop.
 * Resolves to whether the frame was stored; never rejects.
 */
export async function offerShareFrame(
  tabId: number,
  meetingId: string,
  jpegDataUrl: string,
  at: number,
): Promise<boolean> {
  try {
    const session = await getSession(tabId);
    if (!session || session.id !== meetingId) return false;
    const bytes = jpegBytesOfDataUrl(jpegDataUrl);
    return bytes ? await offerFrame(session, bytes, at) : false;
  } catch (error) {
    console.warn('Hostguard: could not keep a share frame as evidence', error);
    return false;
  }
}
