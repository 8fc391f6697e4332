import type { Meeting, MeetingSettings } from './model';
import type { Strings } from './strings';

/*
 * What the organizer's controls do to the meeting, once the client has confirmed them. With
 * `inert` every control still renders and confirms, but nothing changes (conformance tier).
 */
export class HostActions {
  constructor(
    private readonly meeting: Meeting,
    private readonly t: Strings,
    private readonly inert: boolean,
  ) {}

  /** Row menu "Remove from meeting": Teams has no per-person block (platforms-and-anchors.md). */
  remove(id: string): void {
    const person = this.meeting.find(id);
    if (this.inert || !person || person.self) return;
    this.meeting.people = this.meeting.people.filter((p) => p !== person);
    this.meeting.removed.push({ id, name: person.name, blockRejoin: false });
    this.meeting.control(this.t.left(person.name));
    this.meeting.changed();
  }

  /** "Make an attendee": attendees cannot share, so a running share ends (T2). */
  makeAttendee(id: string): void {
    const person = this.meeting.find(id);
    if (this.inert || !person || person.teamsRole !== 'presenter') return;
    person.teamsRole = 'attendee';
    person.sharing = false;
    if (!this.meeting.settings.allowMic) person.muted = true;
    this.meeting.changed();
  }

  makePresenter(id: string): void {
    const person = this.meeting.find(id);
    if (this.inert || !person || person.teamsRole !== 'attendee') return;
    person.teamsRole = 'presenter';
    this.meeting.changed();
  }

  mute(id: string): void {
    const person = this.meeting.find(id);
    if (this.inert || !person || person.muted) return;
    person.muted = true;
    this.meeting.changed();
  }

  /** "Mute all": everyone but you; they may unmute again unless attendee mics are off. */
  muteAll(): void {
    if (this.inert) return;
    for (const p of this.meeting.people) if (!p.self) p.muted = true;
    this.meeting.changed();
  }

  setLocked(locked: boolean): void {
    if (this.inert) return;
    this.meeting.settings.locked = locked;
    this.meeting.changed();
  }

  /** "Disable mic for attendees" mutes attendees and stops them unmuting (their mics dim). */
  setAllowMic(allow: boolean): void {
    if (this.inert) return;
    this.apply({ allowMic: allow });
  }

  setAllowCamera(allow: boolean): void {
    if (this.inert) return;
    this.apply({ allowCamera: allow });
  }

  /** Meeting options "Save": role changes apply to people already in the meeting too. */
  saveOptions(draft: Partial<MeetingSettings>): void {
    if (this.inert) return;
    this.apply(draft);
  }

  private apply(changes: Partial<MeetingSettings>): void {
    const settings = this.meeting.settings;
    const next = { ...settings, ...changes, locked: settings.locked };
    if (next.whoCanPresent !== settings.whoCanPresent) {
      for (const p of this.meeting.people) {
        if (p.teamsRole === 'organizer') continue;
        p.teamsRole = next.whoCanPresent === 'organizers' ? 'attendee' : 'presenter';
        if (p.teamsRole === 'attendee') p.sharing = false;
      }
    }
    if (!next.allowMic) {
      for (const p of this.meeting.people) if (p.teamsRole === 'attendee') p.muted = true;
    }
    this.meeting.settings = next;
    this.meeting.changed();
  }
}
