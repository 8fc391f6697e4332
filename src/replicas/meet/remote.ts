import type { ReplicaRole } from '../replica';
import { isModeratorRole, type MeetModel } from './model';

/*
 * What the network delivers: remote participants joining, leaving, presenting, chatting. Each
 * respects the host's settings as Meet enforces them for the participant's own client.
 */
export class RemoteEvents {
  constructor(private readonly model: MeetModel) {}

  /**
   * Joins at once with Open/Trusted access (scripted joiners count as invited); with Restricted
   * everyone else must ask to join (Workspace Updates, 17 July 2023), and a blocked name cannot
   * come back to this meeting code (Help 9303164).
   */
  join(name: string, role: ReplicaRole = 'participant'): string {
    const id = this.model.newId();
    if (this.model.blockedNames.has(name)) return id;
    if (this.model.settings.access === 'restricted' && !isModeratorRole(role)) {
      this.model.knocking.push({ id, name, role });
      this.model.emit({ kind: 'knocking' });
      return id;
    }
    this.model.add(name, role, false, id);
    return id;
  }

  leave(id: string): void {
    const person = this.model.find(id);
    if (person && !person.self) this.model.drop(id);
  }

  rename(id: string, name: string): void {
    const person = this.model.find(id);
    if (!person || person.name === name) return;
    person.name = name;
    this.model.emit({ kind: 'renamed', person });
  }

  /** With "Share their screen" or "Turn on their video" off, only hosts can present (Help G1, G4). */
  share(id: string): void {
    const person = this.model.find(id);
    if (!person) return;
    const { shareAllowed, videoAllowed } = this.model.settings;
    if (!isModeratorRole(person.role) && (!shareAllowed || !videoAllowed)) return;
    this.model.setSharing(person, true);
  }

  stopShare(id: string): void {
    const person = this.model.find(id);
    if (person) this.model.setSharing(person, false);
  }

  /** With "Send chat messages" off, participants can read but not type (Help G1). */
  chat(id: string, text: string): void {
    const person = this.model.find(id);
    if (!person) return;
    if (!this.model.settings.chatAllowed && !isModeratorRole(person.role)) return;
    this.model.addMessage(person, text);
  }
}
