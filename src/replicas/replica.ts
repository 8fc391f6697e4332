/*
 * Replicas of real meeting clients (Zoom web, Meet, Teams web, Jitsi Meet), rebuilt from the public
 * facts in ../shared/reference/meeting-dom.md. They exist for tests, e2e and benchmarks: never
 * shipped, never imported by src/content, src/background or src/panel code that ships.
 *
 * A replica renders the HOST's view of its client into a document and behaves as the real client
 * would: the host's own controls (menus, switches, confirm dialogs) change the meeting's state after
 * realistic delays; remote participants (joins, shares, renames, chat) are scripted through
 * `ReplicaControl`, the way the network would deliver them. The adapter under test must only use
 * the DOM, never this control object.
 */

export type ReplicaLang = 'en' | 'fr';

export interface ReplicaOptions {
  /** Milliseconds the client takes to render menu items, panels and dialogs after a click. Default 150. */
  delayMs?: number;
  /** Host controls render as usual but clicking them changes nothing (the conformance "do-nothing" tier). */
  inert?: boolean;
  /** Language of the client's own chrome (aria-labels, menu texts). Default 'en'. */
  lang?: ReplicaLang;
  /** Remote participants present at mount besides the host (self). Default 3. */
  participants?: number;
}

export type ReplicaRole = 'host' | 'cohost' | 'participant';

export interface ReplicaParticipant {
  /** The replica's own id for scripting; it may or may not appear in the DOM, as in the real client. */
  id: string;
  name: string;
  role: ReplicaRole;
  self: boolean;
  sharing: boolean;
  muted: boolean;
}

/** The meeting as the replica's model holds it: what tests assert after an adapter acted. */
export interface ReplicaState {
  participants: ReplicaParticipant[];
  removed: { id: string; name: string; blockRejoin: boolean }[];
  /** Only the settings this client has; absent keys mean the client has no such control. */
  settings: {
    locked?: boolean;
    shareAllowed?: boolean;
    chatAllowed?: boolean;
    renameAllowed?: boolean;
    unmuteAllowed?: boolean;
  };
  /** Zoom's "Suspend participant activities" ran. */
  suspended?: boolean;
  reports: { participantId: string; submitted: boolean }[];
}

export interface ReplicaControl {
  /** The document the meeting client itself renders into (Zoom: the inner iframe's when framed). */
  readonly clientDocument: Document;
  /** A remote participant joins; returns their replica id. */
  join(name: string, role?: ReplicaRole): string;
  leave(id: string): void;
  rename(id: string, name: string): void;
  /** A remote participant starts sharing their screen. */
  share(id: string): void;
  stopShare(id: string): void;
  /** A chat message from a participant, where the client shows chat. */
  chat(id: string, text: string): void;
  state(): ReplicaState;
  unmount(): void;
}

/** Every replica exports `mountReplica` from its `client.ts` with this signature. */
export type MountReplica = (root: HTMLElement, options?: ReplicaOptions) => ReplicaControl;

/** Options from a page URL (`?delay=150&inert=1&lang=fr&participants=500`), for page entries. */
export function optionsFromQuery(search: string): ReplicaOptions {
  const params = new URLSearchParams(search);
  const number = (key: string) => (params.has(key) ? Number(params.get(key)) : undefined);
  const lang = params.get('lang');
  return {
    ...(number('delay') !== undefined ? { delayMs: number('delay')! } : {}),
    ...(params.get('inert') === '1' ? { inert: true } : {}),
    ...(lang === 'fr' || lang === 'en' ? { lang } : {}),
    ...(number('participants') !== undefined ? { participants: number('participants')! } : {}),
  };
}

declare global {
  interface Window {
    /** Set by a replica's page entry so e2e tests can script remote participants. */
    __replica?: ReplicaControl;
  }
}
