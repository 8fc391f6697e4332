import type { MeetingAdapter } from '../../adapter';
import { findControl } from '../../kit/controls';
import { probeParts } from '../../kit/health';
import { PLATFORM_MATCHES } from '../../../shared/model/platform';
import { muteAll } from './actions/mute-all';
import { remove } from './actions/remove';
import { setSettings, TEAMS_SETTINGS } from './actions/set-settings';
import { stopShare } from './actions/stop-share';
import { observeTeams } from './observe';
import { S } from './selectors';

/*
 * Microsoft Teams web, new client v2 (meeting-dom.md §3, 2026-11). The web app runs on three
 * hosts (teams.microsoft.com, teams.live.com, teams.cloud.microsoft): every path of theirs is the
 * same single-page app, so `present` decides whether a call is on screen. No per-participant
 * report: Teams' "report external users" (platforms-and-anchors.md T4) lives on profile cards
 * and goes to tenant admins, with no documented flow from the meeting roster.
 */
const HOSTS = new Set(['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft']);
const REQUIRED_PARTS = ['participantsButton', 'toolbar'] as const;
const TITLE_SUFFIX = / \| Microsoft Teams$/;

export const teamsAdapter: MeetingAdapter = {
  id: 'teams',
  matchPatterns: PLATFORM_MATCHES.teams,
  allFrames: false,
  languages: ['en', 'fr'],
  settings: TEAMS_SETTINGS,
  matches: (url) => url.protocol === 'https:' && HOSTS.has(url.hostname) && url.port === '',
  // In a call: the calling toolbar's hang-up and the People button are both there.
  present: (doc) => findControl(S.hangup, doc) !== null && findControl(S.peopleButton, doc) !== null,
  probe: (doc) =>
    probeParts(
      doc,
      {
        participantsButton: S.peopleButton,
        toolbar: S.hangup,
        hostControls: S.moreButton,
        stage: S.stage,
        chat: S.chatButton,
      },
      REQUIRED_PARTS,
    ),
  title: (doc) =>
    findControl(S.title, doc)?.textContent?.trim() ||
    doc.title.replace(TITLE_SUFFIX, '').trim() ||
    'Microsoft Teams meeting',
  start: observeTeams,
  // A share is its own stream on the stage (`data-stream-type` ScreenSharing).
  shareSurface: (doc) => findControl(S.shareStream, doc),
  actions: {
    'stop-share': stopShare,
    'set-settings': setSettings,
    remove,
    'mute-all': muteAll,
  },
};
