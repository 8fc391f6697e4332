import type { MeetingEvent } from '../../shared/model/meeting-event';
import type { MeetingSettings } from '../../shared/model/settings';
import { createChatTracker, type ChatSource } from './chat-tracker';
import { observePage } from './observe-page';
import { createRosterTracker, type RosterSource, type RosterTracker } from './roster-tracker';
import { createSettingsTracker } from './settings-tracker';
import { createShareTracker } from './share-tracker';

/** What a platform supplies to be observed; everything else is the kit's. */
export interface MeetingSources {
  roster: RosterSource;
  /** Who is sharing now, as a participant id (resolve a shown name with roster.idByName), or null. */
  sharer(doc: Document, roster: RosterTracker): string | null;
  /** Settings visible without opening anything (e.g. a lock icon). */
  visibleSettings?(doc: Document): Partial<MeetingSettings>;
  chat?: ChatSource;
  /** Attributes to observe besides the roster's. */
  attributes?: readonly string[];
  /** Extra per-pass work (the practice meeting: its report dialog). */
  extra?(doc: Document, records: readonly MutationRecord[] | null, at: number): void;
}

/**
 * Observes a meeting page on one coalesced observer. Emits `roster` first (once the list is on
 * the page), then diffs. Returns the roster tracker, for adapters that enumerate a virtualised list.
 */
export function observeMeeting(
  doc: Document,
  sources: MeetingSources,
  emit: (event: MeetingEvent) => void,
  signal: AbortSignal,
): RosterTracker {
  const roster = createRosterTracker(sources.roster, emit);
  const share = createShareTracker(emit, roster);
  const settings = createSettingsTracker(emit);
  const chat = sources.chat ? createChatTracker(sources.chat, emit) : undefined;
  const attributes = [...(sources.roster.attributes ?? []), ...(sources.attributes ?? [])];
  observePage(
    doc,
    { attributes },
    (records, at) => {
      // A share's end first, then the roster, then the rest: one pass may hold several steps of a
      // raid, and `share-stopped` must precede the sharer's `left`, `joined` their `share-started`.
      const sharer = sources.sharer(doc, roster);
      share.endShare(sharer, at);
      roster.update(doc, records, sharer, at);
      // A sharer named on the stage but read before their row: resolve again after the roster pass.
      const resolved = sharer ?? sources.sharer(doc, roster);
      if (resolved !== sharer) roster.update(doc, [], resolved, at);
      share.update(resolved, at);
      if (sources.visibleSettings) settings.update(sources.visibleSettings(doc), at);
      chat?.update(doc, records, at);
      sources.extra?.(doc, records, at);
    },
    signal,
  );
  return roster;
}
