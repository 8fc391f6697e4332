import type { MeetingEvent } from '../../shared/model/meeting-event';
import type { SafeViewSettings } from '../../shared/model/shield';
import { createParticipantRoles, sharerIn } from '../participant-roles';
import { coverElement, type BlurCover, type CoverText } from './blur-cover';

export interface SafeViewOptions {
  /** Where the client renders the share now (the adapter's `shareSurface`). */
  surface: () => HTMLElement | null;
  settings: () => SafeViewSettings;
  text: (sharerName: string) => CoverText;
}

export interface SafeView {
  /** Called with every adapter event, synchronously, inside the observer callback that saw it. */
  observe(event: MeetingEvent): void;
  /** The background's verdict: keep the share hidden (tripwire) or release it. */
  verdict(participantId: string, blur: boolean): void;
  dispose(): void;
}

/** Gives up looking for a share view that never rendered. */
const FIND_SURFACE_MS = 3_000;

/**
 * Safe view: a share by anyone but a host or co-host is hidden on this moderator's screen the
 * moment the adapter reports it, before the background has judged it (fail closed); the
 * background's verdict then keeps it hidden or releases it. Revealing is the host's choice, per
 * share. Who is a moderator comes from the client's own role labels in the events.
 */
export function createSafeView(options: SafeViewOptions): SafeView {
  const people = createParticipantRoles();
  let shown: { participantId: string; cover?: BlurCover; revealed: boolean; since: number } | undefined;
  let retry: ReturnType<typeof setInterval> | undefined;

  const release = () => {
    shown?.cover?.remove();
    shown = undefined;
    if (retry !== undefined) clearInterval(retry);
    retry = undefined;
  };
  const attach = () => {
    if (!shown || shown.revealed) return;
    const surface = options.surface();
    if (!surface) return;
    if (shown.cover) return shown.cover.follow(surface);
    const hiding = shown;
    hiding.cover = coverElement(
      surface,
      () => options.text(people.name(hiding.participantId) ?? ''),
      () => {
        hiding.revealed = true;
        hiding.cover?.remove();
        hiding.cover = undefined;
      },
    );
  };
  const hide = (participantId: string, at: number) => {
    if (shown?.participantId === participantId) return attach();
    release();
    shown = { participantId, revealed: false, since: at };
    attach();
    // The client may render the share view a little after its roster says "sharing".
    retry = setInterval(() => {
      if (!shown) return release();
      attach();
      if (shown.cover || Date.now() - shown.since > FIND_SURFACE_MS) {
        clearInterval(retry);
        retry = undefined;
      }
    }, 50);
  };
  const suspect = people.suspect;

  return {
    observe(event) {
      people.observe(event);
      const arrivingSharer = sharerIn(event);
      if (arrivingSharer && options.settings().enabled && suspect(arrivingSharer)) hide(arrivingSharer, event.at);
      if (event.kind === 'share-started') {
        if (options.settings().enabled && suspect(event.participantId)) hide(event.participantId, event.at);
      } else if (event.kind === 'share-stopped' || event.kind === 'left') {
        if (shown?.participantId === event.participantId) release();
      } else if (shown?.cover) {
        // Any page change may have re-rendered the share view: keep the blur on the live element.
        attach();
      }
    },
    verdict(participantId, blur) {
      if (blur) {
        if (options.settings().enabled && !(shown?.participantId === participantId && shown.revealed)) {
          hide(participantId, Date.now());
        }
      } else if (shown?.participantId === participantId && !options.settings().allNonHostShares) {
        release();
      }
    },
    dispose: release,
  };
}
