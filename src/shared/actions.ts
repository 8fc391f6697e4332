import type { ActionId } from './model/action';
import type { ReportCategory } from './model/report';
import type { MeetingSettings } from './model/settings';

/**
 * What the host can ask for, from the panel or a shortcut. The background turns each into
 * adapter steps; rules (later: Shield mode) will issue the same commands.
 */
export type HostCommand =
  | { kind: 'panic' }
  | { kind: 'restore' }
  | { kind: 'stop-shares' }
  | { kind: 'lock' }
  | { kind: 'stop-share'; participantId: string }
  | { kind: 'eject'; participantId: string; blockRejoin: boolean }
  | { kind: 'report'; participantId: string; category: ReportCategory; description: string; alsoRemove: boolean }
  /** Change settings directly: Shield's lock or share-disable, and the undo of either. */
  | { kind: 'set-settings'; changes: Partial<MeetingSettings> }
  | { kind: 'shield'; on: boolean }
  /** Reverse one logged step (its record's `undo`). */
  | { kind: 'undo'; actionId: string }
  /** Raid sweep: remove these participants (the host confirmed the list). */
  | { kind: 'sweep'; participantIds: string[]; blockRejoin: boolean };

export type HostCommandKind = HostCommand['kind'];

export interface HostActionInfo {
  kind: HostCommandKind;
  /** `_locales` key of the button label. */
  labelKey: string;
  /** Adapter actions it can use; it is available when the platform has at least one. */
  needs: readonly ActionId[];
  scope: 'meeting' | 'participant';
}

/** The registry drives the panel's buttons, the keyboard commands and their tests. */
export const HOST_ACTIONS: readonly HostActionInfo[] = [
  { kind: 'panic', labelKey: 'action_panic', needs: ['suspend', 'stop-share', 'set-settings'], scope: 'meeting' },
  { kind: 'stop-shares', labelKey: 'action_stop_shares', needs: ['stop-share'], scope: 'meeting' },
  { kind: 'lock', labelKey: 'action_lock', needs: ['set-settings'], scope: 'meeting' },
  { kind: 'restore', labelKey: 'action_restore', needs: ['set-settings'], scope: 'meeting' },
  { kind: 'stop-share', labelKey: 'action_stop_share', needs: ['stop-share'], scope: 'participant' },
  { kind: 'eject', labelKey: 'action_eject', needs: ['remove'], scope: 'participant' },
  { kind: 'report', labelKey: 'action_report', needs: ['report'], scope: 'participant' },
  { kind: 'set-settings', labelKey: 'action_set_settings', needs: ['set-settings'], scope: 'meeting' },
  { kind: 'shield', labelKey: 'action_shield', needs: ['stop-share', 'set-settings', 'remove'], scope: 'meeting' },
  { kind: 'undo', labelKey: 'action_undo', needs: ['set-settings'], scope: 'meeting' },
  { kind: 'sweep', labelKey: 'action_sweep', needs: ['remove'], scope: 'meeting' },
];

/**
 * Keyboard commands (manifest `commands`). Defaults are chords both browsers really assign AND
 * deliver, measured 2026-11 (Chromium 156, Firefox ESR 153 on Linux, en-US):
 * - Chromium never assigns Alt+Shift+P/X/Z/R/W/C/N (commands.getAll() shows "").
 * - Firefox lists Alt+Shift+<menu access key> (F E V S B T H) as assigned but gives the key to its
 *   menu bar, so the command never fires; Ctrl+Shift+Y is its Downloads window.
 * K, Q, L and U fire in both (checked with real X key presses in e2e/firefox/real-shortcut.spec.ts).
 */
export const KEYBOARD_COMMANDS = [
  { name: 'panic', run: 'panic', defaultShortcut: 'Alt+Shift+K' },
  { name: 'stop-shares', run: 'stop-shares', defaultShortcut: 'Alt+Shift+Q' },
  { name: 'lock-meeting', run: 'lock', defaultShortcut: 'Alt+Shift+L' },
  { name: 'open-panel', run: 'open-panel', defaultShortcut: 'Alt+Shift+U' },
  // Chrome allows four suggested keys, spent on the crisis keys above; the host assigns this one.
  { name: 'toggle-shield', run: 'toggle-shield' },
  // Files a report on the current incident into the outbox, without opening the panel.
  { name: 'file-report', run: 'file-report' },
] as const satisfies readonly {
  name: string;
  run: HostCommandKind | 'open-panel' | 'toggle-shield' | 'file-report';
  defaultShortcut?: string;
}[];

export type KeyboardCommandName = (typeof KEYBOARD_COMMANDS)[number]['name'];
type KeyboardCommand = (typeof KEYBOARD_COMMANDS)[number];

/** The commands the manifest suggests a chord for (the browser assigns these on install). */
export const SUGGESTED_COMMANDS = KEYBOARD_COMMANDS.filter(
  (c): c is Extract<KeyboardCommand, { defaultShortcut: string }> => 'defaultShortcut' in c,
);

export function isAvailable(action: HostActionInfo, capabilities: readonly ActionId[]): boolean {
  return action.needs.some((id) => capabilities.includes(id));
}
