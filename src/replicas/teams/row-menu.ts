import type { Ctx } from './context';
import type { Person } from './model';
import type { MenuItemSpec } from './menu';

/*
 * A roster row's "More options" menu for the organizer, in Microsoft's wording: "Mute
 * participant" (only while they are unmuted), "Make an attendee" / "Make a presenter" (T2: "select
 * Make an attendee or Make a presenter"; not offered on organizers), "Remove from meeting" (a
 * FAQ quoted in meeting-dom.md §3.2). The change lands `delayMs` later, as the server answers.
 * No confirmation dialog is documented for any of them.
 */
export function rowMenuItems(ctx: Ctx, person: Person): MenuItemSpec[] {
  const { t, host } = ctx;
  const act = (fn: () => void) => () => ctx.later(fn);
  if (person.self) return [{ label: t.pinForMe }];
  const items: MenuItemSpec[] = [];
  if (!person.muted) items.push({ label: t.muteParticipant, onSelect: act(() => host.mute(person.id)) });
  items.push({ label: t.pinForMe });
  if (person.teamsRole === 'presenter') {
    items.push({ label: t.makeAttendee, onSelect: act(() => host.makeAttendee(person.id)) });
  } else if (person.teamsRole === 'attendee') {
    items.push({ label: t.makePresenter, onSelect: act(() => host.makePresenter(person.id)) });
  }
  items.push({ label: t.removeFromMeeting, onSelect: act(() => host.remove(person.id)) });
  return items;
}
