/**
 * The meeting settings panic changes and Restore puts back. `true` means open to participants,
 * except `locked`.
 */
export const SETTING_KEYS = ['shareAllowed', 'locked', 'chatAllowed', 'renameAllowed', 'unmuteAllowed'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];
export type MeetingSettings = Record<SettingKey, boolean>;

/**
 * Containment order from the threat model: sharing first (it is what hurts), then the door
 * (lock), then chat, rename and unmute. Object key order is the order panic applies them in.
 */
export const PANIC_SETTINGS: Readonly<MeetingSettings> = Object.freeze({
  shareAllowed: false,
  locked: true,
  chatAllowed: false,
  renameAllowed: false,
  unmuteAllowed: false,
});

/** Keys of `changes` in panic order, so every caller applies settings in the same sequence. */
export function orderedSettingKeys(changes: Partial<MeetingSettings>): SettingKey[] {
  return SETTING_KEYS.filter((key) => changes[key] !== undefined);
}
