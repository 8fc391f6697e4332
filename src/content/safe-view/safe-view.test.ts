// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../shared/model/meeting-event';
import type { SafeViewSettings } from '../../shared/model/shield';
import { createSafeView, type SafeView } from './safe-view';

let settings: SafeViewSettings = { enabled: true, allNonHostShares: false };
let view: SafeView | undefined;
afterEach(() => {
  view?.dispose();
  document.body.replaceChildren();
  settings = { enabled: true, allNonHostShares: false };
});

/** A stage whose share view appears in the same task as the event, like a client render. */
function start(): { surface: () => HTMLElement | null; show: () => HTMLElement } {
  const stage = document.createElement('main');
  document.body.append(stage);
  view = createSafeView({
    surface: () => stage.querySelector<HTMLElement>('.share'),
    settings: () => settings,
    text: (name) => ({ title: 'Hidden', detail: `Shared by ${name}`, reveal: 'Reveal' }),
  });
  return {
    surface: () => stage.querySelector<HTMLElement>('.share'),
    show: () => {
      const share = document.createElement('section');
      share.className = 'share';
      stage.replaceChildren(share);
      return share;
    },
  };
}
const roster: MeetingEvent = {
  kind: 'roster',
  at: 0,
  participants: [
    { id: 'h', name: 'Host', role: 'host', self: true, sharing: false },
    { id: 'c', name: 'Co', role: 'cohost', self: false, sharing: false },
    { id: 'x', name: '<b>Intruder</b>', role: 'participant', self: false, sharing: false },
  ],
};
const blurred = (el: HTMLElement | null) => el?.style.getPropertyValue('filter').includes('blur') ?? false;
const covers = () => document.querySelectorAll('hostguard-safe-view').length;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('safe view', () => {
  it("blurs a non-host's share in the same call that reports it, and covers it", async () => {
    const page = start();
    view!.observe(roster);
    const share = page.show();
    view!.observe({ kind: 'share-started', at: 1, participantId: 'x' });
    expect(blurred(share)).toBe(true);
    expect(share.style.getPropertyPriority('filter')).toBe('important');
    // The cover (layout, localised text) follows in the next animation frame, before it paints.
    await nextFrame();
    expect(covers()).toBe(1);
  });

  it("never blurs a host's, a co-host's or this moderator's own share", () => {
    const page = start();
    view!.observe(roster);
    const share = page.show();
    view!.observe({ kind: 'share-started', at: 1, participantId: 'c' });
    view!.observe({ kind: 'share-started', at: 1, participantId: 'h' });
    expect(blurred(share)).toBe(false);
    expect(covers()).toBe(0);
  });

  it('fails closed for a sharer it has not seen in the roster yet', () => {
    const page = start();
    const share = page.show();
    view!.observe({ kind: 'share-started', at: 1, participantId: 'who' });
    expect(blurred(share)).toBe(true);
  });

  it("the background's verdict releases an ordinary share, keeps a tripwire hidden", async () => {
    const page = start();
    view!.observe(roster);
    const share = page.show();
    view!.observe({ kind: 'share-started', at: 1, participantId: 'x' });
    view!.verdict('x', true);
    expect(blurred(share)).toBe(true);
    view!.verdict('x', false);
    expect(blurred(share)).toBe(false);
    await nextFrame();
    expect(covers()).toBe(0);
  });

  it('with "blur every non-host share", a release verdict keeps it hidden', () => {
    settings = { enabled: true, allNonHostShares: true };
    const page = start();
    view!.observe(roster);
    const share = page.show();
    view!.observe({ kind: 'share-started', at: 1, participantId: 'x' });
    view!.verdict('x', false);
    expect(blurred(share)).toBe(true);
  });

  it('follows a re-rendered share view, and lets go when the share stops', () => {
    const page = start();
    view!.observe(roster);
    const first = page.show();
    view!.observe({ kind: 'share-started', at: 1, participantId: 'x' });
    const second = page.show();
    view!.observe({ kind: 'chat', at: 2, messageId: 'm', name: 'x', text: 'hi' });
    expect(blurred(second)).toBe(true);
    expect(blurred(first)).toBe(false);
    view!.observe({ kind: 'share-stopped', at: 3, participantId: 'x' });
    expect(blurred(page.surface())).toBe(false);
    expect(covers()).toBe(0);
  });

  it('does nothing when the host switched safe view off', () => {
    settings = { enabled: false, allNonHostShares: false };
    const page = start();
    view!.observe(roster);
    const share = page.show();
    view!.observe({ kind: 'share-started', at: 1, participantId: 'x' });
    view!.verdict('x', true);
    expect(blurred(share)).toBe(false);
  });

  it('a share already live when Hostguard starts is hidden from the first roster read', () => {
    const page = start();
    const share = page.show();
    view!.observe({
      kind: 'roster',
      at: 0,
      participants: [{ id: 'x', name: 'X', role: 'participant', self: false, sharing: true }],
    });
    expect(blurred(share)).toBe(true);
  });

  it("keeps the sharer's name as text in the cover, never markup", async () => {
    const page = start();
    view!.observe(roster);
    page.show();
    view!.observe({ kind: 'share-started', at: 1, participantId: 'x' });
    await nextFrame();
    const shadow = document.querySelector('hostguard-safe-view')!.shadowRoot!;
    expect(shadow.querySelector('b')).toBeNull();
    expect(shadow.textContent).toContain('Shared by <b>Intruder</b>');
  });
});
