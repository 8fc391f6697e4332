import type { ReplicaRole } from '../replica';
import type { Meeting } from './model';
import type { Strings } from './strings';

/*
 * Remote participants, as the network delivers them. A locked meeting turns joiners away ("Anyone
 * attempting to join a locked meeting … will be informed that the meeting is locked", T1); one
 * screen share at a time, and attendees cannot share (T2). Joins and leaves post chat control
 * messages (meeting-dom.md §3.2, `.fui-ChatControlMessage`).
 */
export class Remote {
  constructor(
    private readonly meeting: Meeting,
    private readonly t: Strings,
  ) {}

  /** Returns the id the joiner would have; a locked meeting never lets them in. */
  join(name: string, role: ReplicaRole = 'participant'): string {
    if (this.meeting.settings.locked) return `refused-${this.meeting.nextChatId()}`;
    const person = this.meeting.add(name, role);
    this.meeting.control(this.t.joined(name));
    this.meeting.changed();
    return person.id;
  }

  leave(id: string): void {
    const person = this.meeting.find(id);
    if (!person || person.self) return;
    this.meeting.people = this.meeting.people.filter((p) => p !== person);
    this.meeting.control(this.t.left(person.name));
    this.meeting.changed();
  }

  rename(id: string, name: string): void {
    const person = this.meeting.find(id);
    if (!person || person.name === name) return;
    person.name = name;
    this.meeting.changed();
  }

  share(id: string): void {
    const person = this.meeting.find(id);
    if (!person || person.sharing || person.teamsRole === 'attendee') return;
    for (const p of this.meeting.people) p.sharing = false;
    person.sharing = true;
    this.meeting.changed();
  }

  stopShare(id: string): void {
    const person = this.meeting.find(id);
    if (!person?.sharing) return;
    person.sharing = false;
    this.meeting.changed();
  }

  /** With meeting chat Off nobody can post; the message never exists. */
  chat(id: string, text: string): void {
    const person = this.meeting.find(id);
    if (!person || this.meeting.settings.chat === 'off') return;
    this.meeting.chat.push({
      kind: 'message',
      id: this.meeting.nextChatId(),
      authorId: person.id,
      author: person.name,
      text,
    });
    this.meeting.changed();
  }
}
