import { afterEach, describe, expect, it } from 'vitest';
import { presenterOf, readRow } from './row-reader';

afterEach(() => document.body.replaceChildren());

/** A People row as the live panel builds it (file #57758765896), optionally without data ids. */
function row(name: string, options: { badges?: string[]; id?: string; glyphs?: string[]; label?: boolean } = {}) {
  const element = document.createElement('div');
  element.setAttribute('role', 'listitem');
  if (options.label !== false) element.setAttribute('aria-label', name);
  if (options.id) element.setAttribute('data-participant-id', options.id);
  const nameSpan = document.createElement('span');
  nameSpan.className = 'notranslate';
  nameSpan.textContent = name;
  element.append(nameSpan);
  for (const badge of options.badges ?? []) {
    const span = document.createElement('span');
    span.textContent = badge;
    element.append(span);
  }
  for (const glyph of options.glyphs ?? ['devices']) {
    const icon = document.createElement('i');
    icon.className = 'google-material-icons';
    icon.textContent = glyph;
    element.append(icon);
  }
  const more = document.createElement('button');
  more.setAttribute('aria-label', 'More actions');
  more.textContent = 'more_vert';
  element.append(more);
  return element;
}

function list(...rows: HTMLElement[]) {
  const element = document.createElement('div');
  element.setAttribute('role', 'list');
  element.setAttribute('aria-label', 'Participants');
  element.append(...rows);
  document.body.append(element);
  return element;
}

describe('Meet rows', () => {
  it('reads id, name, role and self from the badges, skipping ligature icon text', () => {
    list(row('Maya Fischer', { id: 'spaces/x/devices/1', badges: ['(You)', 'Meeting host'] }));
    const read = readRow(document.querySelector('[role="listitem"]')!);
    expect(read).toEqual({ id: 'spaces/x/devices/1', name: 'Maya Fischer', role: 'host', self: true });
  });

  it('never takes a role or self from the name: "Meeting host", "(You)", "Co-host" stay participants', () => {
    const rows = ['Meeting host', '(You)', 'Co-host', 'mic_off'].map((name, i) => row(name, { id: `d${i}` }));
    list(...rows);
    for (const [i, element] of rows.entries()) {
      const read = readRow(element)!;
      expect(read.role, read.name).toBe('participant');
      expect(read.self, read.name).toBe(false);
      expect(read.id).toBe(`d${i}`);
    }
  });

  it('a real host named "Meeting host" still reads as host', () => {
    list(row('Meeting host', { id: 'h', badges: ['Meeting host'] }));
    expect(readRow(document.querySelector('[role="listitem"]')!)!.role).toBe('host');
  });

  it('reads French badges', () => {
    const element = row('Léa Moreau', { badges: ['(Vous)', 'Organisateur de la réunion'] });
    list(element, row('Jules Roux', { badges: ['Coorganisateur'] }));
    expect(readRow(element)).toMatchObject({ role: 'host', self: true });
    expect(readRow(document.querySelectorAll('[role="listitem"]')[1]!)).toMatchObject({ role: 'cohost', self: false });
  });

  it('without data-participant-id: name-derived ids, duplicates suffixed, stable across a rename', () => {
    const first = row('Ana Souza');
    const second = row('Ana Souza');
    list(first, second);
    expect(readRow(first)!.id).toBe('name:Ana Souza');
    expect(readRow(second)!.id).toBe('name:Ana Souza#2');
    first.setAttribute('aria-label', 'Ana S.');
    first.querySelector('span')!.textContent = 'Ana S.';
    expect(readRow(first)).toMatchObject({ id: 'name:Ana Souza', name: 'Ana S.' });
  });

  it('rows rebuilt when the panel reopens get the same name-derived ids back', () => {
    const old = list(row('Ben Okafor'), row('Ben Okafor'));
    const before = [...old.children].map((r) => readRow(r)!.id);
    old.remove();
    const fresh = list(row('Ben Okafor'), row('Ben Okafor'));
    expect([...fresh.children].map((r) => readRow(r)!.id)).toEqual(before);
  });

  it('a presentation entry is not a participant; a lone "(Presentation)" name is', () => {
    const ana = row('Ana Souza', { id: 'a' });
    const presentation = row('Ana Souza (Presentation)', { id: 'p', glyphs: ['present_to_all'] });
    const impostor = row('Eve (Presentation)', { id: 'e' });
    list(ana, presentation, impostor);
    expect(readRow(presentation)).toBeNull();
    expect(presenterOf(presentation)).toBe('Ana Souza');
    expect(readRow(impostor)).toMatchObject({ id: 'e', name: 'Eve (Presentation)' });
  });

  it('text-only presentation entries count when their presenter has a row', () => {
    const ben = row('Ben Okafor', { label: false });
    const entry = row('Ben Okafor (Presentation)', { label: false, glyphs: [] });
    const own = row('Maya Fischer', { badges: ['Your presentation'], glyphs: [] });
    list(ben, entry, own);
    expect(readRow(ben)).toMatchObject({ name: 'Ben Okafor' });
    expect(presenterOf(entry)).toBe('Ben Okafor');
    expect(presenterOf(own)).toBe('Maya Fischer');
  });
});
