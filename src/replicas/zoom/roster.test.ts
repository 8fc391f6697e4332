import { afterEach, describe, expect, it } from 'vitest';
import type { ReplicaControl } from '../replica';
import { mount, openParticipants, row } from './test-kit';

let control: ReplicaControl | undefined;
afterEach(() => control?.unmount());

const rows = () => [...document.querySelectorAll<HTMLElement>('.participants-li')];
const list = () => document.querySelector<HTMLElement>('[role="list"][aria-label="Participants list"]')!;

describe('Zoom replica roster', () => {
  it('mounts with the panel closed and the count in the toolbar label (typo kept)', () => {
    ({ control } = mount());
    expect(
      document.querySelector('#root > #meeting-app .meeting-client-inner > #wc-content > #wc-container-left'),
    ).not.toBeNull();
    expect(document.querySelector('footer#wc-footer')).not.toBeNull();
    expect(document.querySelector('.participants-section-container')).toBeNull();
    expect(document.querySelector('#wc-container-right')).toBeNull();
    const button = document.querySelector('button[aria-label*="participants list pane"]')!;
    expect(button.getAttribute('aria-label')).toBe('open the manage participants list pane,4 particpants');
    expect(document.querySelector('.footer-button__number-counter')?.textContent).toBe('4');
  });

  it('opens the panel: rows carry role labels and the aria-label summary, self first', async () => {
    ({ control } = mount());
    await openParticipants();
    expect(document.querySelector('.participants-section-container--dark')).not.toBeNull();
    expect(document.querySelector('button[aria-label*="participants list pane"]')?.getAttribute('aria-label')).toBe(
      'close the manage participants list pane',
    );
    const all = rows();
    expect(all.map((r) => r.id)).toEqual([
      'participants-list-0',
      'participants-list-1',
      'participants-list-2',
      'participants-list-3',
    ]);
    expect(all[0]!.getAttribute('aria-label')).toBe('Alex Morgan (Host, me),computer audio muted,video off');
    expect(row('Ana Souza').getAttribute('aria-label')).toBe('Ana Souza,computer audio unmuted,video on');
    expect(row('Ana Souza').querySelector('.participants-item__name-label')?.textContent).toBe('');
    expect(document.querySelector('span[aria-label="Participants (4)"]')).not.toBeNull();
  });

  it('reads the role from the label only: a participant named "(Host)" stays unlabelled', async () => {
    ({ control } = mount());
    await openParticipants();
    control.join('Eve (Host)');
    const eve = row('Eve (Host)');
    expect(eve.querySelector('.participants-item__name-label')?.textContent).toBe('');
    expect(control.state().participants.find((p) => p.name === 'Eve (Host)')?.role).toBe('participant');
  });

  it('renders only the rows in the window of 500 and follows scroll events', async () => {
    const started = performance.now();
    ({ control } = mount({ participants: 500 }));
    await openParticipants();
    expect(performance.now() - started).toBeLessThan(1500);
    expect(rows().length).toBeGreaterThan(10);
    expect(rows().length).toBeLessThanOrEqual(25);
    expect(rows()[0]!.id).toBe('participants-list-0');
    list().scrollTop = 1e9; // unclamped in happy-dom; the list clamps as a browser would
    list().dispatchEvent(new Event('scroll'));
    const ids = rows().map((r) => r.id);
    expect(ids).toContain('participants-list-500');
    expect(ids).not.toContain('participants-list-0');
    expect(rows().length).toBeLessThanOrEqual(25);
    expect(control.state().participants).toHaveLength(501);
  });

  it('shifts index-based row ids when someone above leaves (no stable row key)', async () => {
    ({ control } = mount());
    await openParticipants();
    const ben = control.state().participants.find((p) => p.name === 'Ben Okafor')!;
    expect(row('Ben Okafor').id).toBe('participants-list-2');
    control.leave(control.state().participants.find((p) => p.name === 'Ana Souza')!.id);
    expect(row('Ben Okafor').id).toBe('participants-list-1');
    control.rename(ben.id, 'Benedict Okafor');
    expect(row('Benedict Okafor').getAttribute('aria-label')).toMatch(/^Benedict Okafor,/);
    expect(document.querySelector('button[aria-label*="participants list pane"]')?.getAttribute('aria-label')).toBe(
      'close the manage participants list pane',
    );
  });

  it('shows no join toast: a join only changes the roster and the count', async () => {
    ({ control } = mount());
    control.join('Zed Quinn');
    expect(document.querySelector('#notificationManager')?.textContent).not.toContain('Zed Quinn');
    expect(document.querySelector('.footer-button__number-counter')?.textContent).toBe('5');
  });
});
