import type { HostCommand } from '../../shared/actions';
import { THREAT_KINDS, TRIPWIRE_KINDS, type Alert } from '../../shared/model/alert';
import { isModerator } from '../../shared/model/participant';
import type { MeetingSession } from '../../shared/model/session';
import type { SettingKey } from '../../shared/model/settings';
import type { ShieldSettings } from '../../shared/model/shield';

/** One automatic action and the alert whose rule asked for it. */
export interface ShieldStep {
  command: HostCommand;
  trigger: Alert;
}

/**
 * What Shield does about `alerts` (new since the last commit), given the host's choices: pure,
 * so every rule-to-action mapping is unit-tested. Order is the threat model's: the share first
 * (it is what hurts), then the door, then sharing for everyone, then removals. Nothing is asked
 * twice: a setting already in place, or one already asked for, is skipped.
 */
export function planShield(session: MeetingSession, alerts: readonly Alert[], settings: ShieldSettings): ShieldStep[] {
  const stops: ShieldStep[] = [];
  const changes: ShieldStep[] = [];
  const ejects: ShieldStep[] = [];
  const asked = new Set<string>();
  const can = (id: string) => session.capabilities.includes(id as never);
  const settingWanted = (key: SettingKey, value: boolean) =>
    session.changeable.includes(key) && session.settings[key] !== value && !asked.has(`setting:${key}`);

  for (const alert of alerts) {
    const who = alert.participantId === undefined ? undefined : session.participants[alert.participantId];
    const suspect = who && who.present && !who.self && !isModerator(who);
    if (
      settings.stopTripwireShare &&
      TRIPWIRE_KINDS.includes(alert.kind) &&
      suspect &&
      who.sharing &&
      can('stop-share')
    ) {
      if (!asked.has(`stop:${who.id}`))
        stops.push({ command: { kind: 'stop-share', participantId: who.id }, trigger: alert });
      asked.add(`stop:${who.id}`);
    }
    if (settings.lockAfterBurst && alert.kind === 'join-burst' && settingWanted('locked', true)) {
      changes.push({ command: { kind: 'set-settings', changes: { locked: true } }, trigger: alert });
      asked.add('setting:locked');
    }
    if (
      settings.disableSharingAfterAlert &&
      THREAT_KINDS.includes(alert.kind) &&
      settingWanted('shareAllowed', false)
    ) {
      changes.push({ command: { kind: 'set-settings', changes: { shareAllowed: false } }, trigger: alert });
      asked.add('setting:shareAllowed');
    }
    if (settings.ejectHostileNames && alert.kind === 'hostile-name' && suspect && can('remove')) {
      if (!asked.has(`eject:${who.id}`)) {
        ejects.push({ command: { kind: 'eject', participantId: who.id, blockRejoin: true }, trigger: alert });
      }
      asked.add(`eject:${who.id}`);
    }
  }
  return [...stops, ...mergeSettings(changes), ...ejects];
}

/** Lock and share-disable asked by one batch go through the security menu in one visit. */
function mergeSettings(steps: ShieldStep[]): ShieldStep[] {
  if (steps.length < 2) return steps;
  const changes = Object.assign({}, ...steps.map((s) => (s.command.kind === 'set-settings' ? s.command.changes : {})));
  return [{ command: { kind: 'set-settings', changes }, trigger: steps[0]!.trigger }];
}
