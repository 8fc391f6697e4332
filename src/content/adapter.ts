import type { ActionId, ActionRequestOf, ActionResult } from '../shared/model/action';
import type { Health } from '../shared/model/health';
import type { MeetingEvent } from '../shared/model/meeting-event';
import type { PlatformId } from '../shared/model/platform';
import type { SettingKey } from '../shared/model/settings';

/**
 * Every action runs on the document it is given: the meeting client's own (Zoom: its iframe's).
 * Handlers default `doc` to the frame's own `document`, which is what the content script has.
 */
export type ActionHandler<K extends ActionId> = (
  request: ActionRequestOf<K>,
  signal: AbortSignal,
  doc?: Document,
) => Promise<ActionResult>;

/**
 * One meeting client. Adapters read and act; they hold no policy (rules live in the background).
 * The shared parts (observer, roster differ, menu and verify steps) are in ./kit.
 *
 * - `start` observes `doc` and emits what it sees; every listener and observer ends with `signal`.
 * - Each action drives the page's own controls, then reads its post-condition back from the page,
 *   and resolves with `{ok, ms, code, detail}`. A missing control or a timeout is a result:
 *   actions never hang and never throw.
 * - A missing action means "unsupported on this platform"; so does a setting not in `settings`.
 */
export interface MeetingAdapter {
  readonly id: PlatformId;
  /** Manifest match patterns: the store manifests' content_scripts and host_permissions come from these. */
  readonly matchPatterns: readonly string[];
  /** Run in every matching frame: Zoom's meeting client is a same-origin iframe of its web shell. */
  readonly allFrames: boolean;
  /** Primary language tags ('en', 'fr') whose labels this adapter reads. */
  readonly languages: readonly string[];
  /** The settings `set-settings` can change AND read back here; panic asks for no others. */
  readonly settings: readonly SettingKey[];
  matches(url: URL): boolean;
  /** The meeting client itself is rendered in `doc` (false for Zoom's outer shell, a lobby, a landing page). */
  present(doc: Document): boolean;
  probe(doc: Document): Health;
  /** Meeting title for the panel, from the page. */
  title(doc: Document): string;
  start(doc: Document, emit: (event: MeetingEvent) => void, signal: AbortSignal): void;
  /**
   * Where the client renders the shared screen it is showing now (the stage element that holds
   * the video or canvas), or null when nothing is shared. Safe view blurs it; the image check
   * samples frames from it. Must be cheap: it runs inside the observer callback.
   */
  shareSurface?(doc: Document): HTMLElement | null;
  readonly actions: { readonly [K in ActionId]?: ActionHandler<K> };
}
