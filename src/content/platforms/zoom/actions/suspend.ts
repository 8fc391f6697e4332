import type { ActionHandler } from '../../../adapter';
import { findControl } from '../../../kit/controls';
import { isChecked } from '../../../kit/menus';
import { done, notVerified } from '../../../kit/run-step';
import { adapterStep, bail, confirmed, required } from '../../../kit/step';
import type { MeetingSettings } from '../../../../shared/model/settings';
import { L } from '../labels';
import { sharerName } from '../page';
import { S } from '../selectors';
import { hostToolsOn, hostToolsPanel, panelButton, switchIn } from './host-tools';
import { openDialogs, waitNewDialog } from './rows';
import { readAllSettings } from './read-settings';
import { hasSecurityButton, securityItem } from './security-menu';

/** Settings the Participants page shows: the suspension's own sign that it took. */
const PAGE_KEYS = ['chatAllowed', 'renameAllowed', 'unmuteAllowed'] as const;

/**
 * Zoom's all-in-one containment: Host tools › Participants › "Suspend Participant Activities"
 * (capture §7), or the [old] Security menu item, then the confirm's Suspend (university guides,
 * platforms-and-anchors.md Z5/Z6). Its "Report to Zoom" box is unticked: Hostguard files a report
 * through the report action, and Zoom's own would otherwise pop up over the host's panic. Verified
 * from the page: no participant's screen on the stage and chat, rename and unmute switched off;
 * `before` and `after` hold every setting as Host tools shows it, so Restore knows what to reopen.
 */
export const suspend: ActionHandler<'suspend'> = (_request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const viaHostTools = findControl(S.hostToolsButton, doc) !== null || hostToolsPanel(doc) !== null;
    if (!viaHostTools && !hasSecurityButton(doc)) bail('control-missing', 'Host tools button is not on the page');
    // Read ending on Participants, where Suspend is; read back starting there.
    const before = await readAllSettings(doc, viaHostTools, signal, ['root', 'share', 'participants']);
    if (viaHostTools) await hostToolsOn(doc, 'participants', signal);
    const dialogs = openDialogs(doc);
    const where = viaHostTools ? hostToolsPanel(doc) : findControl(S.securityMenu, doc);
    const item = viaHostTools ? panelButton(where!, L.suspend) : securityItem(where!, L.suspend);
    required(item, '"Suspend Participant Activities"').click();
    const { dialog, button } = await waitNewDialog(doc, dialogs, L.suspendConfirm, 'the Suspend confirmation', signal);
    for (const box of dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) if (box.checked) box.click();
    button.click();
    const clear = await confirmed(
      () => sharerName(doc) === null && (!viaHostTools || PAGE_KEYS.every((key) => pageShows(doc, key) === false)),
      'no share on stage; chat, rename and unmute off',
      signal,
    );
    const after: Partial<MeetingSettings> = await readAllSettings(doc, viaHostTools, signal, [
      'participants',
      'root',
      'share',
    ]).catch(() => ({}));
    return clear && PAGE_KEYS.every((key) => after[key] === false)
      ? done('participant activities suspended', { before, after })
      : notVerified('the page does not show the suspension', { before, after });
  });

const shown = (control: HTMLElement | null) => (control ? isChecked(control) : undefined);

function pageShows(doc: Document, key: (typeof PAGE_KEYS)[number]): boolean | undefined {
  const panel = hostToolsPanel(doc);
  return panel ? shown(switchIn(panel, L.settings[key])) : undefined;
}
