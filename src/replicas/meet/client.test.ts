import { afterEach, describe, expect, it } from 'vitest';
import type { ReplicaControl } from '../replica';
import { mountMeetReplica, type MeetReplicaOptions } from './client';
import { button, buttonWithText, menuItem, peopleList, rowNamed, rows, settle, until } from './test-dom';

let control: ReplicaControl | undefined;
const mount = (options: MeetReplicaOptions = {}) => {
  const root = document.createElement('div');
  document.body.append(root);
  control = mountMeetReplica(root, { delayMs: 1, ...options });
  return control;
};
afterEach(() => {
  control?.unmount();
  document.body.replaceChildren();
});

const openPeople = async () => {
  button(document, 'People')!.click();
  return until(() => peopleList(document), 'People list');
};

describe('Meet replica: roster', () => {
  it('mounts with the People panel closed; the People button opens it with self first', async () => {
    mount();
    expect(peopleList(document)).toBeNull();
    expect(document.querySelector('[role="complementary"]')).toBeNull();
    await openPeople();
    expect(document.querySelector('[role="complementary"][aria-label="Side panel"]')).not.toBeNull();
    expect(button(document, 'People')!.getAttribute('aria-pressed')).toBe('true');
    const [self, ...others] = rows(document);
    expect(self!.getAttribute('aria-label')).toBe('Maya Fischer');
    expect(self!.textContent).toContain('(You)');
    expect(self!.textContent).toContain('Meeting host');
    expect(others.map((row) => row.getAttribute('aria-label'))).toEqual(['Ana Souza', 'Ben Okafor', 'Chloé Martin']);
    expect(self!.getAttribute('data-participant-id')).toMatch(/^spaces\/[^/]+\/devices\/\d+$/);
    // Ligature icon text sits inside the rows, as in the live client.
    expect(others[0]!.textContent).toContain('more_vert');
    expect(others[0]!.querySelector('button[disabled][aria-label="You can\'t unmute someone else"]')).toBeNull();
  });

  it('renders 500 participants quickly and adds a joiner without redrawing the others', async () => {
    const started = performance.now();
    mount({ participants: 500 });
    await openPeople();
    expect(rows(document)).toHaveLength(501);
    expect(performance.now() - started).toBeLessThan(5000);
    const first = rows(document)[1];
    control!.join('Zed Newcomer');
    expect(rows(document)).toHaveLength(502);
    expect(rows(document)[1]).toBe(first);
    expect(button(document, 'People')!.textContent).toContain('502');
  });

  it('shows "<Name> joined" and "<Name> left" toasts and renames rows', async () => {
    mount();
    await openPeople();
    const id = control!.join('Dana Reyes');
    expect(document.body.textContent).toContain('Dana Reyes joined');
    control!.rename(id, 'Dana R.');
    expect(rowNamed(document, 'Dana R.')).toBeDefined();
    expect(rowNamed(document, 'Dana Reyes')).toBeUndefined();
    control!.leave(id);
    expect(rowNamed(document, 'Dana R.')).toBeUndefined();
    expect(document.body.textContent).toContain('Dana R. left');
  });

  it('a presentation is its own tile and People entry, never a participant', async () => {
    mount();
    await openPeople();
    const ana = control!.state().participants.find((p) => p.name === 'Ana Souza')!;
    control!.share(ana.id);
    expect(document.body.textContent).toContain('Ana Souza is presenting');
    expect(document.querySelector('[role="main"]')!.textContent).toContain('Ana Souza (Presentation)');
    const entry = rowNamed(document, 'Ana Souza (Presentation)')!;
    expect(entry.textContent).toContain('present_to_all');
    expect(control!.state().participants).toHaveLength(4);
    control!.stopShare(ana.id);
    expect(rowNamed(document, 'Ana Souza (Presentation)')).toBeUndefined();
  });

  it('the aria-only variant carries no data-* ids, jsname or jscontroller', async () => {
    mount({ attributes: 'aria-only' });
    await openPeople();
    control!.share(control!.state().participants[1]!.id);
    const all = [...document.body.querySelectorAll('*')];
    const attrs = all.flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attrs.filter((name) => name.startsWith('data-') && name !== 'data-tooltip')).toEqual([]);
    expect(attrs).not.toContain('jsname');
    expect(attrs).not.toContain('jscontroller');
    expect(rows(document).length).toBeGreaterThan(4);
  });

  it('draws new obfuscated class names on every mount', async () => {
    mount();
    await openPeople();
    const first = rows(document)[0]!.className;
    control!.unmount();
    mount();
    await openPeople();
    expect(rows(document)[0]!.className).not.toBe(first);
  });

  it('unmount removes the page and its portals', async () => {
    mount();
    await openPeople();
    rows(document)[1]!.querySelector<HTMLElement>('button[aria-label="More actions"]')!.click();
    expect(document.querySelector('[role="menu"]')).not.toBeNull();
    control!.unmount();
    control = undefined;
    expect(document.querySelector('[role="menu"]')).toBeNull();
    expect(document.querySelector('[role="main"]')).toBeNull();
    await settle();
  });

  it('the older "Show everyone" label opens the same panel', async () => {
    mount({ peopleButton: 'show-everyone' });
    button(document, 'Show everyone')!.click();
    await until(() => peopleList(document), 'People list');
    expect(buttonWithText(document, 'Add people')).not.toBeNull();
    expect(menuItem(document, 'x')).toBeNull();
  });
});
