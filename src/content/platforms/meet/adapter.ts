import type { MeetingAdapter } from '../../adapter';
import { probeParts } from '../../kit/health';
import { healthOf, type Health } from '../../../shared/model/health';
import { PLATFORM_MATCHES } from '../../../shared/model/platform';
import { remove } from './actions/remove';
import { report } from './actions/report';
import { MEET_SETTINGS, setSettings } from './actions/set-settings';
import { stopShare } from './actions/stop-share';
import { observeMeet } from './observe';
import { inCall, peopleButton } from './page';
import { L, S } from './selectors';
import { findControl } from '../../kit/controls';

/** Meet's health: the People button (the roster is behind it), Host controls, the call bar. */
const REQUIRED_PARTS = ['participantsButton', 'hostControls', 'toolbar'] as const;

/**
 * Every page of meet.google.com: Meet is a single-page app that moves from the landing page to
 * a call without reloading, so `present()` (in a call, not the green room) decides.
 */
function matches(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === 'meet.google.com' && url.port === '';
}

/** "Meet - abc-defg-hij" (or the calendar event's title) is the tab title Meet sets. */
function title(doc: Document): string {
  const fromTitle = doc.title.replace(/^\s*(Google\s+)?Meet\s*[-–—:]\s*/i, '').trim();
  if (fromTitle && !/^(Google\s+)?Meet$/i.test(fromTitle)) return fromTitle;
  const code = /\/([a-z]{3}-[a-z]{4}-[a-z]{3})\b/.exec(doc.location?.pathname ?? '')?.[1];
  return code ?? 'Google Meet';
}

function probe(doc: Document): Health {
  const found = probeParts(
    doc,
    { roster: S.roster, stage: S.stage, hostControls: S.hostControlsButton, toolbar: S.leaveCall, chat: S.chatButton },
    [],
  );
  // The People button may be the 2026 header chip, found through its aria-labelledby text.
  const people = peopleButton(doc) !== null;
  // The roster sits behind People, closed at the call's start: it is reachable when the list
  // shows or the button that opens it does (else the panel would call remove and report lost).
  const parts = { ...found.parts, participantsButton: people, roster: found.parts['roster'] === true || people };
  return healthOf(parts, REQUIRED_PARTS, found.checkedAt);
}

/**
 * A presentation is its own stage tile named "<Name> (Presentation)": in `data-self-name` where
 * the build has it, else in the tile's `span.notranslate` name leaf (§2.1, §2.4).
 */
function presentationTile(doc: Document): HTMLElement | null {
  const stage = findControl(S.stage, doc);
  for (const tile of stage?.children ?? []) {
    if (!(tile instanceof HTMLElement)) continue;
    const name = (tile.getAttribute('data-self-name') ?? tile.querySelector('.notranslate')?.textContent ?? '').trim();
    if (L.presentationSuffix.some((suffix) => name.endsWith(suffix))) return tile;
  }
  return null;
}

export const meetAdapter: MeetingAdapter = {
  id: 'meet',
  matchPatterns: PLATFORM_MATCHES.meet,
  allFrames: false,
  languages: ['en', 'fr'],
  settings: MEET_SETTINGS,
  matches,
  present: inCall,
  probe,
  title,
  start: observeMeet,
  shareSurface: presentationTile,
  actions: {
    'stop-share': stopShare,
    'set-settings': setSettings,
    remove,
    report,
  },
};
