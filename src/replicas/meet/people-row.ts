import type { ReplicaParticipant } from '../replica';
import { AVATAR_SRC, liveAttr, type ViewContext } from './context';
import { append, h, icon } from './dom';
import { openPersonMenu, openPresentationMenu } from './row-menus';

/*
 * People-panel rows as the live panel builds them (file #57758765896, engagium doc 2025-11):
 * `div[role=listitem][aria-label=<Name>]` with data-participant-id, the name and badge texts
 * "(You)" / "Meeting host" as sibling leaves, icon glyph words as text inside icon-font
 * elements, the mic button ("You can't unmute someone else" when muted) and
 * `button[jsname=YEvVxd][aria-label="More actions"][aria-haspopup=menu]` with text more_vert.
 */

function rowShell(ctx: ViewContext, id: string, label: string): HTMLElement {
  return h(ctx.doc, 'div', {
    class: ctx.cls('row'),
    role: 'listitem',
    tabindex: '-1',
    'aria-label': label,
    jscontroller: liveAttr(ctx, 'ZHOeze'),
    'data-participant-id': liveAttr(ctx, id),
    'data-scroll-target': liveAttr(ctx, id),
  });
}

function moreActions(ctx: ViewContext, open: (button: HTMLElement) => void): HTMLElement {
  const button = h(
    ctx.doc,
    'button',
    {
      type: 'button',
      class: ctx.cls('rowMore'),
      jsname: liveAttr(ctx, 'YEvVxd'),
      'aria-label': ctx.t.moreActions,
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
    },
    icon(ctx.doc, 'more_vert'),
  );
  button.addEventListener('click', () => open(button));
  return button;
}

function badgeText(ctx: ViewContext, person: ReplicaParticipant): string | null {
  if (person.role === 'host') return ctx.t.meetingHost;
  if (person.role === 'cohost') return ctx.t.coHost;
  return null;
}

function micButton(ctx: ViewContext, person: ReplicaParticipant): HTMLElement | null {
  if (person.self) return null;
  const { doc, t } = ctx;
  if (person.muted) {
    return h(
      doc,
      'button',
      { type: 'button', class: ctx.cls('rowMic'), disabled: '', 'aria-label': t.cantUnmute },
      icon(doc, 'mic_off'),
    );
  }
  const button = h(
    doc,
    'button',
    { type: 'button', class: ctx.cls('rowMic'), 'aria-label': t.muteMic(person.name) },
    icon(doc, 'mic'),
  );
  button.addEventListener('click', () => {
    if (!ctx.actions.inert) ctx.scheduler.later(() => ctx.model.setMuted(person, true));
  });
  return button;
}

export function personRow(ctx: ViewContext, person: ReplicaParticipant): HTMLElement {
  const { doc, cls } = ctx;
  const row = rowShell(ctx, person.id, person.name);
  const badge = badgeText(ctx, person);
  append(row, [
    h(doc, 'img', { class: cls('avatar'), src: AVATAR_SRC, alt: '' }),
    h(
      doc,
      'div',
      { class: cls('rowText') },
      h(
        doc,
        'div',
        { class: cls('rowNameLine') },
        h(doc, 'span', { class: `${cls('rowName')} notranslate` }, person.name),
        person.self ? h(doc, 'span', { class: cls('rowSelf') }, ctx.t.you) : null,
      ),
      badge ? h(doc, 'div', { class: cls('rowRole') }, badge) : null,
    ),
    h(doc, 'span', { class: `google-material-icons ${cls('rowGlyph')}`, 'aria-hidden': 'true' }, 'devices'),
    micButton(ctx, person),
    moreActions(ctx, (button) => openPersonMenu(ctx, person, button)),
  ]);
  return row;
}

/** Someone else's presentation: its own entry, never a participant (engagium doc; Help 9303164). */
export function presentationRow(ctx: ViewContext, presenter: ReplicaParticipant, presentationId: string): HTMLElement {
  const { doc, cls } = ctx;
  const label = `${presenter.name} ${ctx.t.presentation}`;
  const row = rowShell(ctx, presentationId, label);
  row.append(
    h(doc, 'span', { class: `google-material-icons ${cls('rowGlyph')}`, 'aria-hidden': 'true' }, 'present_to_all'),
    h(doc, 'div', { class: cls('rowText') }, h(doc, 'span', { class: `${cls('rowName')} notranslate` }, label)),
    moreActions(ctx, (button) => openPresentationMenu(ctx, presenter, button)),
  );
  return row;
}
