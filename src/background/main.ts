import { browser } from '../shared/platform/browser';
import { openPanelOnToolbarClick } from '../shared/platform/panel-opener';
import { receiveMessage } from './router';
import { onKeyboardCommand } from './keyboard';
import { endSession } from './session/session-store';
import { installTestHooks } from './test-hooks';
import { watchSelfHostedJitsi } from './self-hosted-jitsi';
import { watchPolicy } from './policy/policy';
import { startShield } from './shield/shield';
import { startSafeViewVerdicts } from './shield/safe-view-verdicts';
import { startDrillTimer } from './drills/drill-timer';
import { startOutbox } from './outbox/start-outbox';
import { startEvidence } from './evidence/start-evidence';
import { readEvidenceBytes } from './evidence/evidence-store';

// Every listener is registered synchronously at the top level, so an event that wakes a stopped
// service worker (a shortcut, a message from the meeting page) finds its handler.
browser.runtime.onMessage.addListener(receiveMessage);
browser.commands.onCommand.addListener((name, tab) => void onKeyboardCommand(name, tab));
browser.tabs.onRemoved.addListener((tabId) => void endSession(tabId));
browser.runtime.onInstalled.addListener(openPanelOnToolbarClick);
browser.runtime.onStartup.addListener(openPanelOnToolbarClick);
watchSelfHostedJitsi();
watchPolicy();
startShield();
startSafeViewVerdicts();
startDrillTimer();
startEvidence();
startOutbox({ readEvidence: readEvidenceBytes });
if (__TEST_HOOKS__) installTestHooks();
