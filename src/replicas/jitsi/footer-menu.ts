/*
 * The pane footer's "…" (participants-pane/components/web/ParticipantsPane.tsx +
 * FooterContextMenu.tsx): button `#participants-pane-context-menu` ("More moderation options")
 * toggling a ContextMenu that stays mounted and is only hidden while closed. Items: "Stop
 * everyone's video" (`…-stop-video`), "Stop everyone's screen-share" (`…-stop-desktop`), then
 * "Allow non-moderators to:" Unmute themselves / Start their video / Start screen sharing, whose
 * ids say what a click does: `…-start-<media>-moderation` while allowed,
 * `…-stop-<media>-moderation` while moderated (tests/pageobjects/AVModerationMenu.ts).
 */
import type { Ctx } from './context';
import { h, setAttrs, tss } from './dom';
import { massMuteDialog } from './host-dialogs';
import { setModeration } from './host-ops';
import { menuItem } from './overflow-menu';

const PREFIX = 'participants-pane-context-menu';

export function mountFooterMenu(ctx: Ctx): { el: HTMLElement; dispose(): void } {
  const { doc, model, s } = ctx;
  const button = h(doc, 'button', {
    'aria-label': s.moreModerationActions,
    class: `${tss('button-secondary')} iconButton`,
    id: PREFIX,
    title: s.moreModerationActions,
    type: 'button',
  });
  button.addEventListener('click', () => ctx.setUi({ footerMenuOpen: !ctx.ui.footerMenuOpen }));

  // React keeps these nodes and only rewrites their ids and classes as moderation changes.
  const moderationItems = (['audio', 'video', 'desktop'] as const).map((media) => {
    const text = { audio: s.audioModeration, video: s.videoModeration, desktop: s.desktopModeration }[media];
    const item = menuItem(ctx, text, text, () => {
      const on = model.moderation[media];
      ctx.act(() => setModeration(model, media, !on));
    });
    return { media, item };
  });
  const group = (...children: HTMLElement[]) => h(doc, 'div', { class: tss('contextMenuItemGroup') }, ...children);
  const menu = h(
    doc,
    'div',
    {},
    group(
      menuItem(ctx, s.stopEveryonesVideo, s.stopEveryonesVideo, () => massMuteDialog(ctx, 'video'), {
        id: `${PREFIX}-stop-video`,
      }),
      menuItem(ctx, s.stopEveryonesDesktop, s.stopEveryonesDesktop, () => massMuteDialog(ctx, 'desktop'), {
        id: `${PREFIX}-stop-desktop`,
      }),
    ),
    group(
      h(doc, 'div', { class: tss('text') }, h(doc, 'span', {}, s.allow)),
      ...moderationItems.map(({ item }) => item),
    ),
    group(
      menuItem(ctx, s.moreModerationControls, s.moreModerationControls, undefined, {
        id: 'participants-pane-open-moderation-control-settings',
      }),
    ),
  );
  const el = h(doc, 'div', { class: tss('footerMoreContainer') }, button, menu);
  const render = () => {
    setAttrs(menu, { class: `${tss('contextMenu')}${ctx.ui.footerMenuOpen ? '' : ` ${tss('contextMenuHidden')}`}` });
    for (const { media, item } of moderationItems) {
      const on = model.moderation[media];
      setAttrs(item, {
        class: `${tss('contextMenuItem')}${on ? ` ${tss('indentedLabel')}` : ''}`,
        id: `${PREFIX}-${on ? 'stop' : 'start'}-${media}-moderation`,
      });
    }
  };
  render();
  // A click anywhere outside the footer's "…" container closes it (onWindowClickListener).
  const onWindowClick = (event: Event) => {
    if (ctx.ui.footerMenuOpen && !el.contains(event.target as Node)) ctx.setUi({ footerMenuOpen: false });
  };
  doc.defaultView?.addEventListener('click', onWindowClick);
  const stop = model.subscribe((change) => {
    if (change === 'moderation' || change === 'ui') render();
  });
  return {
    el,
    dispose() {
      stop();
      doc.defaultView?.removeEventListener('click', onWindowClick);
    },
  };
}
