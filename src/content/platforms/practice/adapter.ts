import type { MeetingAdapter } from '../../adapter';
import { findControl } from '../../dom/query';
import { healthOf } from '../../../shared/model/health';
import { LIMITS } from '../../../shared/protocol/limits';
import { muteAll } from './actions/mute-all';
import { remove } from './actions/remove';
import { report } from './actions/report';
import { setSettings } from './actions/set-settings';
import { stopShare } from './actions/stop-share';
import { suspend } from './actions/suspend';
import { observeMeeting } from './observe-meeting';
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
  matches,
  probe(doc) {
    const parts = {
      roster: findControl(S.roster, doc) !== null,
      stage: findControl(S.stage, doc) !== null,
      securityButton: findControl(S.securityButton, doc) !== null,
      chat: findControl(S.chat, doc) !== null,
    };
    return healthOf(parts, REQUIRED_PARTS, Date.now());
  },
  title: (doc) => (findControl(S.title, doc)?.textContent ?? doc.title).trim().slice(0, LIMITS.title),
  start: (emit, signal) => observeMeeting(document, emit, signal),
  actions: {
    'stop-share': stopShare,
    'set-settings': setSettings,
    remove,
    report,
    'mute-all': muteAll,
    suspend,
  },
};
