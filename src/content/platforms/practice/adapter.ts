import type { MeetingAdapter } from '../../adapter';
import { findControl } from '../../kit/controls';
import { probeParts } from '../../kit/health';
import { SETTING_KEYS } from '../../../shared/model/settings';
import { muteAll } from './actions/mute-all';
import { remove } from './actions/remove';
import { report } from './actions/report';
import { setSettings } from './actions/set-settings';
import { stopShare } from './actions/stop-share';
import { suspend } from './actions/suspend';
import { observePractice } from './observe-meeting';
import { S } from './selectors';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:']);
const REQUIRED_PARTS = ['roster', 'stage', 'securityButton'] as const;

/**
 * The practice meeting (src/practice): served on localhost by test builds, or as our own
 * extension page for drills. Never matches a site on the web.
 */
function matches(url: URL): boolean {
  if (!url.pathname.endsWith('/practice/index.html')) return false;
  if (EXTENSION_PROTOCOLS.has(url.protocol)) return true;
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname);
}

export const practiceAdapter: MeetingAdapter = {
  id: 'practice',
  // The practice meeting is our own page: the store builds inject nowhere for it.
  matchPatterns: [],
  allFrames: false,
  languages: ['en'],
  settings: SETTING_KEYS,
  matches,
  present: (doc) => findControl(S.stage, doc) !== null,
  probe: (doc) =>
    probeParts(
      doc,
      { roster: S.roster, stage: S.stage, securityButton: S.securityButton, chat: S.chat },
      REQUIRED_PARTS,
    ),
  title: (doc) => (findControl(S.title, doc)?.textContent ?? doc.title).trim(),
  start: observePractice,
  // The whole share view: the client's "You are viewing…" bar names the sharer, no need to see it.
  shareSurface: (doc) => findControl(S.shareView, doc),
  actions: {
    'stop-share': stopShare,
    'set-settings': setSettings,
    remove,
    report,
    'mute-all': muteAll,
    suspend,
  },
};
