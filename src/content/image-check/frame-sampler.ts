import type { MeetingEvent } from '../../shared/model/meeting-event';
import { createParticipantRoles, sharerIn } from '../participant-roles';

export interface FrameSamplerOptions {
  /** Where the client renders the share now (the adapter's `shareSurface`). */
  surface: () => HTMLElement | null;
  /** One small JPEG of what the surface shows, or null when nothing can be drawn. */
  grab: (surface: HTMLElement) => string | null;
  /** Hands a frame to the background's on-device check; resolves when it has been judged. */
  send: (participantId: string, frame: string) => Promise<unknown>;
  everyMs?: number;
}

export interface FrameSampler {
  observe(event: MeetingEvent): void;
  dispose(): void;
}

/** One frame every 1.5 s: ~3–5 % of a core for the check (detection.md §1.2). */
const EVERY_MS = 1_500;

/**
 * While someone other than a host or co-host shares, samples what the stage shows and sends it
 * to the background's on-device check. Never more than one frame in flight: a slow classifier
 * is skipped, not queued. Frames go to the extension only, never to the network.
 */
export function createFrameSampler(options: FrameSamplerOptions): FrameSampler {
  const roles = createParticipantRoles();
  let sharer: string | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let inFlight = false;

  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    sharer = undefined;
  };
  const sample = () => {
    const id = sharer;
    const surface = options.surface();
    if (!id || !surface || inFlight) return;
    const frame = options.grab(surface);
    if (!frame) return;
    inFlight = true;
    options.send(id, frame).then(
      () => (inFlight = false),
      () => (inFlight = false),
    );
  };
  const start = (id: string) => {
    if (sharer === id) return;
    stop();
    sharer = id;
    // The first frame shortly after the share renders, then on the interval.
    setTimeout(sample, 300);
    timer = setInterval(sample, options.everyMs ?? EVERY_MS);
  };

  return {
    observe(event) {
      roles.observe(event);
      const arriving = event.kind === 'share-started' ? event.participantId : sharerIn(event);
      if (arriving && roles.suspect(arriving)) start(arriving);
      else if ((event.kind === 'share-stopped' || event.kind === 'left') && event.participantId === sharer) stop();
    },
    dispose: stop,
  };
}
