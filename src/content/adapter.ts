import type { ActionId, ActionRequestOf, ActionResult } from '../shared/model/action';
import type { Health } from '../shared/model/health';
import type { MeetingEvent } from '../shared/model/meeting-event';
import type { PlatformId } from '../shared/model/platform';

export type ActionHandler<K extends ActionId> = (
  request: ActionRequestOf<K>,
  signal: AbortSignal,
) => Promise<ActionResult>;

/**
 * One meeting client. Adapters read and act; they hold no policy (rules live in the background).
 *
 * - `start` observes the page and emits what it sees; every listener and observer ends with `signal`.
 * - Each action drives the page's own controls, verifies the post-condition on the page, and
 *   resolves with `{ok, ms, code, detail}`. A missing control or a timeout is a result: actions
 *   never hang and never throw.
 * - A missing action means "unsupported on this platform".
 */
export interface MeetingAdapter {
  readonly id: PlatformId;
  matches(url: URL): boolean;
  probe(doc: Document): Health;
  /** Meeting title for the panel, from the page (attacker-free text such as the meeting topic). */
  title(doc: Document): string;
  start(emit: (event: MeetingEvent) => void, signal: AbortSignal): void;
  readonly actions: { readonly [K in ActionId]?: ActionHandler<K> };
}
