import type { ClassNames } from './classes';
import type { HostActions } from './host-actions';
import type { MeetModel } from './model';
import type { Portals } from './portals';
import type { Scheduler } from './scheduler';
import type { MeetStrings } from './strings';

/**
 * Which attributes the replica renders. `live`: the structure recorded from the live client,
 * with `data-participant-id`, jsname and jscontroller (meeting-dom.md §2.1-2.3). `aria-only`:
 * the same page without any data-* / jsname / jscontroller, as one 2025 source describes Meet
 * (engagium doc: "[data-participant-id] Not Found"), so adapters prove their ARIA fallback.
 */
export type MeetAttributes = 'live' | 'aria-only';

/** Everything a view needs; built once per mount. */
export interface ViewContext {
  readonly doc: Document;
  readonly t: MeetStrings;
  readonly cls: ClassNames;
  readonly model: MeetModel;
  readonly actions: HostActions;
  readonly scheduler: Scheduler;
  readonly portals: Portals;
  readonly attributes: MeetAttributes;
}

/** A data-* / jsname / jscontroller attribute, or nothing in the aria-only variant. */
export function liveAttr(ctx: ViewContext, value: string): string | undefined {
  return ctx.attributes === 'live' ? value : undefined;
}

/** A 1×1 transparent avatar (the live client loads lh3.googleusercontent.com pictures). */
export const AVATAR_SRC = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
