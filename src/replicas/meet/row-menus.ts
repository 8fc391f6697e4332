import type { ReplicaParticipant } from '../replica';
import type { ViewContext } from './context';
import { h } from './dom';
import { openMenu, type MenuEntry } from './menu';
import { openReportDialog } from './report-dialog';

const noop = () => undefined;

/**
 * A row's "More actions" menu. Items seen on the live client: "Pin to the screen", "Ask to pair
 * your tiles", "Don't watch", "Remove from the call" (left out for someone you cannot remove,
 * e.g. yourself) (file #57758765896, 2026).
 */
export function openPersonMenu(ctx: ViewContext, person: ReplicaParticipant, opener: HTMLElement): void {
  const { t } = ctx;
  const entries: MenuEntry[] = [{ glyph: 'keep', label: t.pin, select: noop }];
  if (!person.self) {
    entries.push(
      { glyph: 'link', label: t.pairTiles, select: noop },
      { glyph: 'visibility_off', label: t.dontWatch, select: noop },
    );
    entries.push({ glyph: 'remove_circle_outline', label: t.removeFromCall, select: () => confirmRemove(ctx, person) });
  }
  openMenu(ctx, t.moreActions, opener, entries);
}

/** A presentation can be removed from the call like a person (Help 9303164 FR, desktop); no confirmation. */
export function openPresentationMenu(ctx: ViewContext, presenter: ReplicaParticipant, opener: HTMLElement): void {
  const { t } = ctx;
  openMenu(ctx, t.moreActions, opener, [
    { glyph: 'keep', label: t.pin, select: noop },
    {
      glyph: 'remove_circle_outline',
      label: t.removeFromCall,
      select: () => ctx.actions.removePresentation(presenter.id),
    },
  ]);
}

function checkbox(ctx: ViewContext, label: string): { row: HTMLElement; input: HTMLInputElement } {
  const input = h(ctx.doc, 'input', { type: 'checkbox', class: ctx.cls('confirmCheck') });
  return { input, row: h(ctx.doc, 'label', { class: ctx.cls('confirmOption') }, input, h(ctx.doc, 'span', {}, label)) };
}

/**
 * "Remove <Name> from the call?" with Cancel / Remove, portalled WITHOUT role="dialog"
 * (file #57758765896). Since June 2022 removing also offers "Fill out an abuse report" and
 * "Block" (Workspace Updates 2022-06; Help 9303164 wording); their form here is inferred.
 */
function confirmRemove(ctx: ViewContext, person: ReplicaParticipant): void {
  ctx.scheduler.later(() => {
    const { doc, t, cls } = ctx;
    const report = checkbox(ctx, t.fillAbuseReport);
    const block = checkbox(ctx, t.block);
    const cancel = h(doc, 'button', { type: 'button', class: cls('confirmCancel') }, t.cancel);
    const remove = h(doc, 'button', { type: 'button', class: cls('confirmGo') }, t.remove);
    const box = h(
      doc,
      'div',
      { class: cls('confirmBox') },
      h(doc, 'h2', { class: cls('confirmTitle') }, t.removeConfirm(person.name)),
      h(doc, 'p', { class: cls('confirmNote') }, t.removeNote),
      report.row,
      block.row,
      h(doc, 'div', { class: cls('confirmActions') }, cancel, remove),
    );
    const portal = h(doc, 'div', { class: cls('confirmPortal') }, h(doc, 'div', { class: cls('scrim') }), box);
    cancel.addEventListener('click', () => ctx.portals.close('confirm'));
    remove.addEventListener('click', () => {
      ctx.portals.close('confirm');
      ctx.actions.remove(person.id, block.input.checked);
      if (report.input.checked) {
        ctx.actions.draftReport(person.id);
        openReportDialog(ctx, person.name);
      }
    });
    ctx.portals.show('confirm', portal);
  });
}
