import type { HostToolsPage, ZoomContext } from './context';
import { settingRow, selectBox, type LiveControl } from './controls';
import { h } from './dom';
import { setSetting } from './meeting';
import { openSuspendDialog } from './suspend-dialog';

/*
 * The pages of the Host tools panel, build 7.2.0 (capture §7, "Pages & copy"):
 * root: Enable waiting room · Lock Meeting · Hide profile pictures │ Participants › · Advanced ›
 * Participants: "Suspend Participant Activities" (danger) │ "Allow participants to:" Chat ·
 * Rename Themselves · Unmute Themselves · Start Video
 * Advanced: AI › · My Notes › · Share › · Captions › · Whiteboards ›
 * Share: "How many participants can share at the same time?" and "Who can share?" selects.
 */
export interface PageView {
  title: string;
  nodes: HTMLElement[];
  controls: LiveControl[];
}

export function buildPage(ctx: ZoomContext, page: HostToolsPage, go: (page: HostToolsPage) => void): PageView {
  const { doc, t, model } = ctx;
  const divider = () => h(doc, 'div', { class: 'host-tools-panel__divider', role: 'separator' });
  const drillIn = (text: string, onClick: () => void) => {
    const button = h(
      doc,
      'button',
      { type: 'button', class: 'host-tools-panel__menu-button' },
      text,
      h(doc, 'i', { class: 'host-tools-panel__chevron' }),
    );
    button.addEventListener('click', onClick);
    return button;
  };
  if (page === 'root') {
    const controls = [
      settingRow(ctx, t.enableWaitingRoom, 'waitingRoom'),
      settingRow(ctx, t.lockMeeting, 'locked', (on) => ctx.ui.notify(on ? t.locked : t.unlocked)),
      settingRow(ctx, t.hideProfilePictures, 'hideProfilePictures'),
    ];
    const menus = [drillIn(t.participants, () => go('participants')), drillIn(t.advanced, () => go('advanced'))];
    return { title: t.hostTools, controls, nodes: [...controls.map((c) => c.element), divider(), ...menus] };
  }
  if (page === 'participants') {
    const suspend = h(doc, 'button', { type: 'button', class: 'host-tools-panel__danger' }, t.suspendActivities);
    suspend.addEventListener('click', () => openSuspendDialog(ctx));
    const controls = [
      settingRow(ctx, t.allowChat, 'chatAllowed'),
      settingRow(ctx, t.allowRename, 'renameAllowed'),
      settingRow(ctx, t.allowUnmute, 'unmuteAllowed'),
      settingRow(ctx, t.allowStartVideo, 'startVideoAllowed'),
    ];
    const section = h(doc, 'div', { class: 'host-tools-panel__section-label' }, t.allowParticipantsTo);
    return { title: t.participants, controls, nodes: [suspend, divider(), section, ...controls.map((c) => c.element)] };
  }
  if (page === 'advanced') {
    const nodes = t.advancedItems.map((text) => drillIn(text, () => (text === t.shareItem ? go('share') : undefined)));
    return { title: t.advanced, controls: [], nodes };
  }
  const s = model.settings;
  const controls = [
    selectBox(ctx, t.howManyCanShare, [
      { text: t.oneShare, selected: () => s.oneSharer, choose: () => setSetting(model, 'oneSharer', true) },
      { text: t.multipleShare, selected: () => !s.oneSharer, choose: () => setSetting(model, 'oneSharer', false) },
    ]),
    selectBox(ctx, t.whoCanShare, [
      {
        text: t.allParticipants,
        selected: () => s.shareAllowed,
        choose: () => setSetting(model, 'shareAllowed', true),
      },
      { text: t.onlyHost, selected: () => !s.shareAllowed, choose: () => setSetting(model, 'shareAllowed', false) },
    ]),
  ];
  return { title: t.shareItem, controls, nodes: controls.map((c) => c.element) };
}
