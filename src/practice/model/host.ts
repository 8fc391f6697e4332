import { updateParticipant, withParticipant, withoutParticipant, type MeetingCore } from './meeting';
import { remoteParticipants } from './remote';
import { ACTIVITIES, type SettingName, type Settings } from './types';

/**
 * What the host's own controls do. Only the UI calls these (menus, dialogs, buttons), like a
 * real client: nothing here is reachable from page scripts.
 */
export function hostControls(core: MeetingCore) {
  const { log } = core;
  const remote = remoteParticipants(core);
  const stopShareOf = (id: string, detail: string) => remote.stopShare(id, detail);

  function setSetting(name: SettingName, value: boolean): void {
    const { settings, suspended } = core.get();
    if (settings[name] === value) return;
    const next: Settings = { ...settings, [name]: value };
    // Re-enabling any suspended activity ends the suspension (there is no single "resume").
    const resumed = suspended && value && (ACTIVITIES as readonly string[]).includes(name);
    core.set({ settings: next, suspended: suspended && !resumed });
    log.record('setting-changed', { detail: `${name}=${value}` });
    if (name === 'locked') log.record(value ? 'locked' : 'unlocked');
    if (resumed) log.record('suspension-ended', { detail: name });
  }

  function suspend(): void {
    const { sharerId, participants, settings } = core.get();
    const sharer = sharerId ? core.find(sharerId) : undefined;
    if (sharer && !sharer.self) stopShareOf(sharer.id, 'suspended');
    core.set({
      participants: participants.map((p) => (p.self ? p : { ...p, muted: true })),
      settings: {
        ...settings,
        shareAllowed: false,
        chatAllowed: false,
        renameAllowed: false,
        unmuteAllowed: false,
        locked: true,
      },
      suspended: true,
    });
    log.record('suspended');
    if (!settings.locked) log.record('locked');
  }

  function stopShare(id: string): void {
    stopShareOf(id, 'by-host');
  }

  function mute(id: string): void {
    const p = core.find(id);
    if (!p || p.muted) return;
    core.set({ participants: updateParticipant(core.get().participants, id, { muted: true }) });
    log.record('muted', { participantId: id, name: p.name });
  }

  /** Make or unmake a co-host; the row moves to its place in client order. */
  function setCohost(id: string, cohost: boolean): void {
    const p = core.find(id);
    if (!p || p.self || (p.role === 'cohost') === cohost) return;
    const next = { ...p, role: cohost ? ('cohost' as const) : ('participant' as const) };
    core.set({ participants: withParticipant(withoutParticipant(core.get().participants, id), next) });
    log.record('role-changed', { participantId: id, name: p.name, detail: next.role });
  }

  function muteAll(allowUnmute: boolean): void {
    core.set({
      participants: core.get().participants.map((p) => (p.self ? p : { ...p, muted: true })),
      muteOnEntry: true,
    });
    log.record('muted-all', { detail: `unmuteAllowed=${allowUnmute}` });
    setSetting('unmuteAllowed', allowUnmute);
  }

  function remove(id: string, blockRejoin: boolean): void {
    const p = core.find(id);
    if (!p || p.self) return;
    stopShareOf(id, 'removed');
    if (blockRejoin) core.blockedDevices.add(p.device);
    core.set({ participants: withoutParticipant(core.get().participants, id) });
    log.record('removed', { participantId: id, name: p.name, detail: blockRejoin ? 'blocked' : 'may-rejoin' });
  }

  function report(id: string, category: string, description: string, alsoRemove: boolean): void {
    const p = core.find(id);
    if (!p) return;
    log.record('report-submitted', { participantId: id, name: p.name, detail: category, text: description });
    if (alsoRemove) remove(id, true);
  }

  function chat(text: string): void {
    const self = core.get().participants.find((p) => p.self);
    if (self && text.trim()) remote.chat(self.id, text);
  }

  return { setSetting, suspend, stopShare, mute, setCohost, muteAll, remove, report, chat };
}

export type HostControls = ReturnType<typeof hostControls>;

/** Controls that do nothing (`?inert=1`): every menu and dialog still renders, no click has an effect. */
export function inertControls(controls: HostControls): HostControls {
  const nothing = () => undefined;
  return Object.fromEntries(Object.keys(controls).map((name) => [name, nothing])) as unknown as HostControls;
}
