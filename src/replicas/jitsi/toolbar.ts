/*
 * The toolbox (toolbox/components/web/Toolbox.tsx): `#new-toolbox` with the default main buttons
 * microphone, camera, desktop, chat, raisehand, participants-pane, tileview, then "More actions"
 * and hangup (toolbox/constants.ts THRESHOLDS). Each is `div.toolbox-button[role=button]` with
 * its aria-label (base/toolbox/components/ToolboxItem.web.tsx). The participants button's label
 * carries the count, so tests match its prefix (tests/pageobjects/Toolbar.ts).
 */
import type { Ctx } from './context';
import { h, icon, setAttrs, syncText, tss } from './dom';
import { mountOverflowMenu } from './overflow-menu';

function toolboxButton(ctx: Ctx, label: string, onClick?: () => void, menuButton = false): HTMLElement {
  const button = h(
    ctx.doc,
    'div',
    {
      [menuButton ? 'aria-expanded' : 'aria-pressed']: 'false',
      'aria-label': label,
      class: 'toolbox-button',
      role: 'button',
      tabindex: '0',
    },
    h(ctx.doc, 'div', {}, h(ctx.doc, 'div', { class: `toolbox-icon ${tss('toolboxIcon')}` }, icon(ctx.doc))),
  );
  if (onClick) button.addEventListener('click', onClick);
  return button;
}

export function mountToolbar(ctx: Ctx, into: HTMLElement): void {
  const { doc, model, s } = ctx;
  const participants = toolboxButton(ctx, '', () => {
    // The pane opens through redux; the replica paints it after the client's delay.
    const open = !ctx.ui.paneOpen;
    ctx.sched.later(() => ctx.setUi({ paneOpen: open, footerMenuOpen: false, menuFor: null }));
  });
  const participantsBadge = h(doc, 'span', { class: tss('badge') });
  const chat = toolboxButton(ctx, s.chatOpen, () => {
    const open = !ctx.ui.chatOpen;
    ctx.sched.later(() => ctx.setUi({ chatOpen: open }));
  });
  const chatBadge = h(doc, 'span', { class: 'badge-round' });
  const overflow = toolboxButton(ctx, s.moreActions, () => ctx.setUi({ overflowOpen: !ctx.ui.overflowOpen }), true);
  const overflowWrapper = h(doc, 'div', { class: 'toolbox-button-wth-dialog context-menu' }, overflow);
  let unread = 0;
  let seenChat = model.chat.length;

  const items = h(
    doc,
    'div',
    { class: 'toolbox-content-items' },
    toolboxButton(ctx, s.micMute),
    toolboxButton(ctx, s.cameraStop),
    toolboxButton(ctx, s.shareScreen),
    h(
      doc,
      'div',
      { class: 'toolbar-button-with-badge' },
      chat,
      h(doc, 'span', { class: tss('chatCounter') }, chatBadge),
    ),
    toolboxButton(ctx, s.raiseHand),
    h(doc, 'div', { class: 'toolbar-button-with-badge' }, participants, participantsBadge),
    toolboxButton(ctx, s.tileView),
    overflowWrapper,
    toolboxButton(ctx, s.hangup),
  );
  into.append(
    h(doc, 'span', { 'aria-level': '1', class: 'sr-only', role: 'heading' }, s.toolbarHeading),
    h(
      doc,
      'div',
      { class: `${tss('toolbox')} visible`, id: 'new-toolbox' },
      h(doc, 'div', { class: tss('toolboxContainer') }, h(doc, 'div', { class: 'toolbox-content-wrapper' }, items)),
    ),
  );

  const paint = () => {
    const count = model.people.size;
    setAttrs(participants, {
      'aria-label': ctx.ui.paneOpen ? s.participantsClose : s.participantsOpen(count),
      'aria-pressed': String(ctx.ui.paneOpen),
    });
    syncText(participantsBadge, String(count));
    if (ctx.ui.chatOpen) unread = 0;
    else unread += Math.max(0, model.chat.length - seenChat);
    seenChat = model.chat.length;
    setAttrs(chat, {
      'aria-label': ctx.ui.chatOpen ? s.chatClose : s.chatOpen,
      'aria-pressed': String(ctx.ui.chatOpen),
    });
    syncText(chatBadge, unread > 0 ? String(unread) : '');
    setAttrs(overflow, { 'aria-expanded': String(ctx.ui.overflowOpen) });
  };
  paint();
  ctx.cleanups.push(
    model.subscribe((change) => {
      if (change === 'roster' || change === 'chat' || change === 'ui' || change === 'lobby') paint();
    }),
  );
  mountOverflowMenu(ctx, overflowWrapper);
}
