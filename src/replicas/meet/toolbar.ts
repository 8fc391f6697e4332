import { liveAttr, type ViewContext } from './context';
import { h, icon, iconButton } from './dom';
import { openMenu } from './menu';
import { openReportDialog } from './report-dialog';

export interface Toolbar {
  element: HTMLElement;
  people: HTMLButtonElement;
  chat: HTMLButtonElement;
  hostControls: HTMLButtonElement;
  details: HTMLButtonElement;
  setCount(count: number): void;
  setPressed(button: HTMLButtonElement | null): void;
}

/**
 * The bottom bar. Centre: microphone, camera, "Share screen", "More options", "Leave call"
 * (Vexa and meeboter selectors, 2025-26). Right: "Meeting details", "People" with its count
 * badge, "Chat with everyone", "Meeting tools", and "Host controls", shown to hosts and
 * co-hosts only (meeboter; file #57758765896). Older builds named the People button
 * "Show everyone" (Vexa `googlePeopleButtonSelectors`).
 */
export function renderToolbar(ctx: ViewContext, meetingCode: string, peopleLabel: string): Toolbar {
  const { doc, t, cls } = ctx;
  const more = iconButton(doc, t.moreOptions, 'more_vert', {
    class: cls('barButton'),
    'aria-haspopup': 'menu',
    'aria-expanded': 'false',
  });
  more.addEventListener('click', () =>
    openMenu(ctx, t.moreOptions, more, [
      { glyph: 'feedback', label: t.reportProblem, select: () => undefined },
      { glyph: 'report', label: t.reportAbuse, select: () => openReportDialog(ctx) },
      { glyph: 'settings', label: t.settings, select: () => undefined },
    ]),
  );
  const side = (label: string, glyph: string) =>
    iconButton(doc, label, glyph, {
      class: cls('sideButton'),
      'aria-pressed': 'false',
      jsname: liveAttr(ctx, 'A5il2e'),
    });
  const details = side(t.meetingDetails, 'info');
  const people = side(peopleLabel, 'people');
  const badge = h(doc, 'div', { class: cls('peopleBadge') });
  people.append(badge);
  const chat = side(t.chatWithEveryone, 'chat');
  const hostControls = side(t.hostControls, 'shield_lock');
  const element = h(
    doc,
    'div',
    { class: cls('callBar'), jsname: liveAttr(ctx, 'EaZ7Cc') },
    h(doc, 'div', { class: cls('barInfo') }, h(doc, 'span', {}, meetingCode)),
    h(
      doc,
      'div',
      { class: cls('barCentre') },
      iconButton(doc, t.micOff, 'mic', { class: cls('barButton') }),
      iconButton(doc, t.cameraOff, 'videocam', { class: cls('barButton') }),
      iconButton(doc, t.shareScreen, 'present_to_all', { class: cls('barButton') }),
      more,
      h(doc, 'button', { type: 'button', class: cls('leave'), 'aria-label': t.leaveCall }, icon(doc, 'call_end')),
    ),
    h(doc, 'div', { class: cls('barSide') }, details, people, chat, side(t.meetingTools, 'category'), hostControls),
  );
  const sideButtons = [details, people, chat, hostControls];
  return {
    element,
    people,
    chat,
    hostControls,
    details,
    setCount: (count) => (badge.textContent = String(count)),
    setPressed: (button) => sideButtons.forEach((b) => b.setAttribute('aria-pressed', String(b === button))),
  };
}
