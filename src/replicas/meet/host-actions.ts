import type { ReplicaParticipant } from '../replica';
import { isModeratorRole, type AccessType, type HostSettings, type MeetModel } from './model';
import type { Scheduler } from './scheduler';

/*
 * What the host's own controls do once Meet's servers have applied them (after the render
 * delay). With `inert`, every control still renders and opens, but nothing here runs.
 */

export type SwitchKey = Exclude<keyof HostSettings, 'access'>;

export class HostActions {
  constructor(
    private readonly model: MeetModel,
    private readonly scheduler: Scheduler,
    readonly inert: boolean,
  ) {}

  private apply(work: () => void): void {
    if (!this.inert) this.scheduler.later(work);
  }

  /** "Remove from the call"; `block` keeps them out of this meeting code (Help 9303164). */
  remove(id: string, block: boolean): void {
    this.apply(() => {
      const person = this.model.find(id);
      if (!person || person.self) return;
      this.model.drop(id);
      this.model.removed.push({ id: person.id, name: person.name, blockRejoin: block });
      if (block) this.model.blockedNames.add(person.name);
    });
  }

  /** Removing a presentation entry ends that presentation (Help 9303164 FR: "Exclure un participant ou une présentation"). */
  removePresentation(id: string): void {
    this.apply(() => {
      const person = this.model.find(id);
      if (person) this.model.setSharing(person, false);
    });
  }

  setSwitch(key: SwitchKey, on: boolean): void {
    this.apply(() => {
      const settings = this.model.settings;
      if (settings[key] === on) return;
      settings[key] = on;
      if (key === 'hostManagement' && !on) {
        // Help (workspace123, 2024): with host management off, participants can share, chat, unmute...
        Object.assign(settings, { shareAllowed: true, chatAllowed: true, unmuteAllowed: true, videoAllowed: true });
      }
      // Brief + Help G4 ("Once a participant's video is locked, they can't present"): see NOTES.md.
      if ((key === 'shareAllowed' || key === 'videoAllowed') && !on) this.stopPresentations();
      // Audio lock: everyone but hosts is muted and cannot unmute (Workspace Updates, Oct 2021).
      if (key === 'unmuteAllowed' && !on) this.forEachAttendee((person) => this.model.setMuted(person, true));
      this.model.emit({ kind: 'settings' });
    });
  }

  setAccess(access: AccessType): void {
    this.apply(() => {
      if (this.model.settings.access === access) return;
      this.model.settings.access = access;
      this.model.emit({ kind: 'settings' });
    });
  }

  /** The host admits someone who asked to join. */
  admit(id: string): void {
    this.apply(() => {
      const index = this.model.knocking.findIndex((entry) => entry.id === id);
      if (index < 0) return;
      const [entry] = this.model.knocking.splice(index, 1);
      this.model.emit({ kind: 'knocking' });
      this.model.add(entry!.name, entry!.role, false, entry!.id);
    });
  }

  /**
   * "Report abuse" submitted: one report per display name that matches someone in the call (or
   * just removed). The field may hold several names separated by commas; a whole-field match
   * wins, since display names may themselves contain commas.
   */
  submitReport(field: string): void {
    if (this.inert) return;
    const whole = field.trim();
    const known = (name: string) =>
      this.model.people.some((p) => p.name === name) || this.model.removed.some((p) => p.name === name);
    const names = known(whole) ? [whole] : whole.split(',').map((name) => name.trim());
    for (const name of names) {
      const person = this.model.people.find((candidate) => candidate.name === name);
      const removed = this.model.removed.find((candidate) => candidate.name === name);
      const participantId = person?.id ?? removed?.id;
      if (!participantId) continue;
      const draft = this.model.reports.find((entry) => entry.participantId === participantId && !entry.submitted);
      if (draft) draft.submitted = true;
      else this.model.reports.push({ participantId, submitted: true });
    }
  }

  /** The remove confirmation's "Fill out an abuse report" opens a report about that person. */
  draftReport(participantId: string): void {
    if (!this.inert) this.model.reports.push({ participantId, submitted: false });
  }

  private stopPresentations(): void {
    this.forEachAttendee((person) => this.model.setSharing(person, false));
  }

  private forEachAttendee(work: (person: ReplicaParticipant) => void): void {
    for (const person of [...this.model.people]) if (!isModeratorRole(person.role)) work(person);
  }
}
