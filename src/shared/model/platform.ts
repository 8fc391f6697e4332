/** Every meeting client Hostguard knows. Only `practice` has an adapter so far. */
export const PLATFORM_IDS = ['practice', 'zoom', 'meet', 'teams', 'jitsi'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];
