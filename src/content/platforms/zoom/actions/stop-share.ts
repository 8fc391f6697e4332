import type { ActionHandler } from '../../../adapter';
import { findByLabel, findControl } from '../../../kit/controls';
import { done, notVerified } from '../../../kit/run-step';
import { adapterStep, bail, confirmed } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { identityFor } from '../identity';
import { L } from '../labels';
import { sharerName } from '../page';
import { S } from '../selectors';
import { hostToolsOn, hostToolsPanel } from './host-tools';
import { hasSecurityButton, openSecurityMenu, readSecurity, setSecurity } from './security-menu';
import { chooseShareAllowed, readShareAllowed, whoCanShare } from './share-select';

/**
 * Zoom has no per-row "Stop share" (none in the 7.2.0 row menu, meeting-dom.md §1.3): a host
 * stops someone's share by making sharing host-only — Host tools › Share › "Who can share?" =
 * Only Host (reached from the Share caret's "Host tools for share"), or the [old] Security menu's
 * "Share Screen". Sharing stays host-only afterwards, which also stops a restart; Restore puts it
 * back. Verified when the stage no longer shows their screen.
 */
export const stopShare: ActionHandler<'stop-share'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const name = identityFor(doc).nameOf(request.participantId);
    if (name === undefined) bail('target-missing', `participant ${request.participantId} is not in the roster`);
    if (sharerName(doc) !== name) return done('was not sharing');
    let before: boolean | null;
    if (findControl(S.shareCaret, doc) || findControl(S.hostToolsButton, doc) || hostToolsPanel(doc)) {
      const find = await openSharePage(doc, signal);
      before = find() ? readShareAllowed(find()!) : null;
      await chooseShareAllowed(find, false, signal);
    } else if (hasSecurityButton(doc)) {
      before = readSecurity(await openSecurityMenu(doc, signal), 'shareAllowed');
      await setSecurity(doc, 'shareAllowed', false, signal);
    } else {
      return bail('control-missing', 'Host tools button is not on the page');
    }
    const stopped = await confirmed(() => sharerName(doc) !== name, 'their screen gone from the stage', signal);
    const settings = { ...(before === null ? {} : { before: { shareAllowed: before } }) };
    if (!stopped) return notVerified('the stage still shows their screen', settings);
    return done('share stopped: sharing is now host-only', { ...settings, after: { shareAllowed: false } });
  });

/** Host tools › Share, by the Share caret's single item when it is there (capture §6.4). */
async function openSharePage(doc: Document, signal: AbortSignal): Promise<() => HTMLElement | null> {
  const caret = findControl<HTMLElement>(S.shareCaret, doc);
  if (!hostToolsPanel(doc) && caret) {
    caret.click();
    const item = await waitFor(
      () => findByLabel(doc.querySelectorAll<HTMLElement>('[role="menuitem"]'), L.hostToolsForShare),
      '"Host tools for share" item',
      { signal },
    );
    item.click();
  }
  const panel = await hostToolsOn(doc, 'share', signal);
  return () => whoCanShare(hostToolsPanel(doc) ?? panel);
}
