import type { MeetingAdapter } from '../../adapter';
import { findControl } from '../../kit/controls';
import { probeParts } from '../../kit/health';
import { PLATFORM_MATCHES } from '../../../shared/model/platform';
import { SETTING_KEYS } from '../../../shared/model/settings';
import { muteAll } from './actions/mute-all';
import { remove } from './actions/remove';
import { report } from './actions/report';
import { setSettings } from './actions/set-settings';
import { stopShare } from './actions/stop-share';
import { suspend } from './actions/suspend';
import { observeZoom } from './observe';
import { S } from './selectors';

const REQUIRED_PARTS = ['participantsButton', 'stage', 'hostControls'] as const;

/**
 * Zoom's web client at app.zoom.us/wc/<id>/join|start and vanity subdomains (*.zoom.us/wc/…),
 * https only. The Workplace shell runs the client in a same-origin iframe (meeting-dom.md §1.0),
 * hence `allFrames`; `present` is true only in the frame that renders the client.
 */
function matches(url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  const host = url.hostname;
  if (host !== 'zoom.us' && !host.endsWith('.zoom.us')) return false;
  return url.pathname.startsWith('/wc/');
}

export const zoomAdapter: MeetingAdapter = {
  id: 'zoom',
  matchPatterns: PLATFORM_MATCHES.zoom,
  allFrames: true,
  languages: ['en', 'fr'],
  settings: SETTING_KEYS,
  matches,
  present: (doc) => findControl(S.client, doc) !== null && findControl(S.toolbar, doc) !== null,
  probe: (doc) =>
    probeParts(
      doc,
      {
        roster: { name: 'roster', selectors: [...S.roster.selectors, ...S.participantsButton.selectors] },
        participantsButton: S.participantsButton,
        stage: S.stage,
        hostControls: {
          name: 'hostControls',
          selectors: [...S.hostToolsButton.selectors, ...S.securityButton.selectors],
        },
        toolbar: S.toolbar,
        chat: S.chatButton,
      },
      REQUIRED_PARTS,
    ),
  title: (doc) => (findControl(S.topic, doc)?.textContent ?? doc.title).trim(),
  start: observeZoom,
  // Someone else's share: `#sharee-container` with its canvas and the "You are viewing" bar.
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
