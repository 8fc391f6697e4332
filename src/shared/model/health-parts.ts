import type { ActionId } from './action';

/**
 * Every part of a meeting client an adapter may probe, with the panel's label for it and the
 * actions that cannot run without it. One list for all platforms, so the panel can always say
 * which capability a changed page took away ("Zoom: Host tools not found: lock, suspend").
 */
export const HEALTH_PARTS = {
  roster: { labelKey: 'part_roster', needed: ['remove', 'report', 'stop-share'] },
  participantsButton: { labelKey: 'part_participants_button', needed: ['remove', 'report'] },
  stage: { labelKey: 'part_stage', needed: ['stop-share'] },
  securityButton: { labelKey: 'part_security_button', needed: ['set-settings', 'suspend'] },
  hostControls: { labelKey: 'part_host_controls', needed: ['set-settings', 'suspend'] },
  toolbar: { labelKey: 'part_toolbar', needed: [] },
  chat: { labelKey: 'part_chat', needed: [] },
} as const satisfies Record<string, { labelKey: string; needed: readonly ActionId[] }>;

export type HealthPart = keyof typeof HEALTH_PARTS;
export const isHealthPart = (name: string): name is HealthPart => Object.hasOwn(HEALTH_PARTS, name);

/** Actions a health reading says cannot run: those needing a part that is missing. */
export function actionsLost(parts: Record<string, boolean>): ActionId[] {
  const lost = new Set<ActionId>();
  for (const [name, found] of Object.entries(parts)) {
    if (found || !isHealthPart(name)) continue;
    for (const action of HEALTH_PARTS[name].needed) lost.add(action);
  }
  return [...lost];
}
