import type { MeetingAdapter } from '../../adapter';
import { findControl } from '../../kit/controls';
import { probeParts } from '../../kit/health';
import { PLATFORM_MATCHES } from '../../../shared/model/platform';
import { muteAll } from './actions/mute-all';
import { remove } from './actions/remove';
import { JITSI_SETTINGS, setSettings } from './actions/set-settings';
import { stopShare } from './actions/stop-share';
import { observeJitsi } from './observe-meeting';
import { S } from './selectors';

const REQUIRED_PARTS = ['participantsButton', 'stage', 'securityButton'] as const;
/** meet.jit.si paths that are never a room (static files of the web app). */
const NOT_ROOMS = new Set([
  'static',
  'libs',
  'css',
  'images',
  'sounds',
  'fonts',
  'lang',
  'http-bind',
  'xmpp-websocket',
]);

/**
 * meet.jit.si rooms (`https://meet.jit.si/<room>`). Self-hosted deployments are added by the
 * host at run time; the registry hands such pages to this adapter and `present()` decides.
 */
function matches(url: URL): boolean {
  if (url.protocol !== 'https:' || url.hostname !== 'meet.jit.si' || url.port !== '') return false;
  const first = url.pathname.split('/').filter(Boolean)[0] ?? '';
  return first !== '' && !NOT_ROOMS.has(first) && !first.includes('.');
}

/**
 * A Jitsi conference by its DOM (any domain): the conference page (or its video space) with
 * in-meeting chrome, the toolbox, the participants button or pane. A prejoin screen has the page
 * but no toolbox (Conference.tsx renders Toolbox only once joined).
 */
function present(doc: Document): boolean {
  const page = findControl(S.page, doc) ?? findControl(S.stage, doc);
  const meeting = findControl(S.toolbox, doc) ?? findControl(S.pane, doc) ?? findControl(S.participantsButton, doc);
  return page !== null && meeting !== null;
}

function title(doc: Document): string {
  const subject = findControl(S.subject, doc)?.textContent?.trim();
  if (subject) return subject;
  const fromTitle = doc.title.replace(/\s*\|\s*Jitsi Meet\s*$/, '').trim();
  return fromTitle || 'Jitsi Meet';
}

/**
 * Jitsi Meet (meeting-dom.md §4). No report flow, no ban, no chat or rename lock, no suspend:
 * those actions and settings are not declared.
 */
export const jitsiAdapter: MeetingAdapter = {
  id: 'jitsi',
  matchPatterns: PLATFORM_MATCHES.jitsi,
  // The iframe API embeds the client in iframe#jitsiConferenceFrame<N> (external_api.js).
  allFrames: true,
  languages: ['en', 'fr'],
  settings: JITSI_SETTINGS,
  matches,
  present,
  probe: (doc) =>
    probeParts(
      doc,
      {
        roster: S.pane,
        participantsButton: S.participantsButton,
        stage: S.stage,
        // Security options is reached through "More actions" in the default layout.
        securityButton: {
          name: 'securityButton',
          selectors: [...S.securityButton.selectors, ...S.overflowButton.selectors],
        },
        hostControls: S.footerMore,
        toolbar: S.toolbox,
        chat: S.chatButton,
      },
      REQUIRED_PARTS,
    ),
  title,
  start: observeJitsi,
  // Jitsi puts a new screenshare on the large video; a filmstrip tile is small enough to leave.
  shareSurface: (doc) => findControl(S.largeVideo, doc),
  actions: {
    'stop-share': stopShare,
    'set-settings': setSettings,
    remove,
    'mute-all': muteAll,
  },
};
