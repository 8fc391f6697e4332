import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { HOST_ACTIONS, KEYBOARD_COMMANDS } from './actions';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
  commands: Record<string, { suggested_key?: { default?: string }; description?: string }>;
};

it('manifest commands are exactly the keyboard commands of the registry, with the same chords', () => {
  const fromManifest = Object.entries(manifest.commands).map(([name, c]) => [name, c.suggested_key?.default]);
  const fromRegistry = KEYBOARD_COMMANDS.map((c) => [c.name, 'defaultShortcut' in c ? c.defaultShortcut : undefined]);
  expect(fromManifest.sort()).toEqual(fromRegistry.sort());
});

it('every chord is unique, and within the 4 suggested keys Chrome allows', () => {
  const chords = KEYBOARD_COMMANDS.flatMap((c) => ('defaultShortcut' in c ? [c.defaultShortcut] : []));
  expect(new Set(chords).size).toBe(chords.length);
  expect(chords.length).toBeLessThanOrEqual(4);
});

it('avoids chords measured as never assigned (Chromium 156) or never delivered (Firefox menus)', () => {
  const unassignedInChromium = ['P', 'X', 'Z', 'R', 'W', 'C', 'N'].map((k) => `Alt+Shift+${k}`);
  // Firefox (Linux) menu-bar access keys: File, Edit, View, History, Bookmarks, Tools, Help.
  const firefoxMenuKeys = ['F', 'E', 'V', 'S', 'B', 'T', 'H'].map((k) => `Alt+Shift+${k}`);
  const refused = [...unassignedInChromium, ...firefoxMenuKeys, 'Ctrl+Shift+Y'];
  for (const command of KEYBOARD_COMMANDS) {
    if ('defaultShortcut' in command) expect(refused).not.toContain(command.defaultShortcut);
  }
});

it('every host action has a label key and needs at least one adapter action', () => {
  for (const action of HOST_ACTIONS) {
    expect(action.labelKey).toMatch(/^action_/);
    expect(action.needs.length).toBeGreaterThan(0);
  }
});
