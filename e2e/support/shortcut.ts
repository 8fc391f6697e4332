import type { CDPSession, Page } from '@playwright/test';
import { KEYBOARD_COMMANDS, type KeyboardCommandName } from '../../src/shared/actions';

/** CDP modifier bits. */
const MODIFIER_BITS: Record<string, number> = { alt: 1, ctrl: 2, control: 2, meta: 4, command: 4, shift: 8 };

export interface ParsedChord {
  modifiers: number;
  key: string;
  code: string;
  keyCode: number;
}

/** The default chord of a keyboard command, from the registry the manifest is checked against. */
export function shortcutOf(name: KeyboardCommandName): string {
  const command = KEYBOARD_COMMANDS.find((c) => c.name === name)!;
  if (!('defaultShortcut' in command)) throw new Error(`${name} has no default chord`);
  return command.defaultShortcut;
}

/** Parses a manifest-style chord such as `Alt+Shift+E` or `Ctrl+Shift+9`. */
export function parseChord(chord: string): ParsedChord {
  const parts = chord.split('+').map((part) => part.trim());
  const last = parts.pop() ?? '';
  let modifiers = 0;
  for (const part of parts) {
    const bit = MODIFIER_BITS[part.toLowerCase()];
    if (bit === undefined) throw new Error(`Unknown modifier "${part}" in "${chord}"`);
    modifiers |= bit;
  }
  const key = last.toUpperCase();
  if (!/^[A-Z0-9]$/.test(key)) throw new Error(`Only a letter or digit key is supported, got "${last}" in "${chord}"`);
  const code = /\d/.test(key) ? `Digit${key}` : `Key${key}`;
  return { modifiers, key, code, keyCode: key.charCodeAt(0) };
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Presses an extension `commands` shortcut so Chromium really fires `commands.onCommand`.
 * Only CDP `rawKeyDown` with `nativeVirtualKeyCode` does it (toolchain.md §3): Playwright's
 * keyboard API and CDP `keyDown` reach the page but never the browser's shortcut handler.
 */
export async function pressShortcut(page: Page, chord: string): Promise<void> {
  const { modifiers, key, code, keyCode } = parseChord(chord);
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await (
      await session
    ).send('Input.dispatchKeyEvent', {
      type,
      modifiers,
      key,
      code,
      windowsVirtualKeyCode: keyCode,
      nativeVirtualKeyCode: keyCode,
    });
  }
}
