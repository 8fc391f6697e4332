import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { meetAdapter } from './adapter';
import { eventually } from './meet.fixture';

/*
 * A Meet page written from the same public facts but built differently from our replica:
 * "Show everyone", rows without aria-label or data ids, a remove that drops the row with no
 * confirmation, Host controls as labelled checkbox switches and role=radio access options.
 */
afterEach(() => document.body.replaceChildren());

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const element = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) element.setAttribute(k, v);
  element.append(...children);
  return element;
}

function buildPage() {
  const names = ['Host Person', 'Guest One', 'Guest Two'];
  const settings = { share: true, access: 'open' };
  const slot = el('div');
  const people = el('button', { 'aria-label': 'Show everyone' }, 'people');
  const hostControls = el('button', { 'aria-label': 'Host controls' });
  document.body.append(
    el('div', { role: 'main' }),
    people,
    hostControls,
    el('button', { 'aria-label': 'Leave call' }),
    slot,
  );
  const row = (name: string, self: boolean) => {
    const more = el('button', { 'aria-haspopup': 'menu' }, el('span', { class: 'google-symbols' }, 'more_vert'));
    const r = el(
      'div',
      { role: 'listitem' },
      el('div', {}, name),
      ...(self ? [el('div', {}, '(You)'), el('div', {}, 'Meeting host')] : []),
      more,
    );
    more.addEventListener('click', () => {
      const item = el(
        'li',
        { role: 'menuitem' },
        el('span', { class: 'google-material-icons' }, 'remove_circle'),
        el('span', {}, 'Remove from the call'),
      );
      item.addEventListener('click', () => {
        menu.remove();
        setTimeout(() => r.remove(), 5); // this build drops the row without asking
      });
      const menu = el('ul', { role: 'menu' }, item);
      document.body.append(menu);
    });
    return r;
  };
  people.addEventListener('click', () => {
    slot.replaceChildren(
      el(
        'div',
        { role: 'complementary' },
        el('div', { role: 'list', 'aria-label': 'Participants' }, ...names.map((n, i) => row(n, i === 0))),
      ),
    );
  });
  hostControls.addEventListener('click', () => {
    const share = el('input', { type: 'checkbox', role: 'switch', id: 'sw-share' }) as HTMLInputElement;
    share.checked = settings.share;
    share.addEventListener('change', () => (settings.share = share.checked));
    const radio = (value: string, label: string) => {
      const r = el('div', { role: 'radio', 'aria-checked': String(settings.access === value) }, label);
      r.addEventListener('click', () =>
        setTimeout(() => {
          settings.access = value;
          for (const other of document.querySelectorAll('[role="radio"]'))
            other.setAttribute('aria-checked', String(other === r));
        }, 5),
      );
      return r;
    };
    slot.replaceChildren(
      el(
        'div',
        { role: 'complementary' },
        el('label', { for: 'sw-share' }, 'Share their screen'),
        share,
        el(
          'div',
          { role: 'radiogroup' },
          radio('open', 'Open'),
          radio('trusted', 'Trusted'),
          radio('restricted', 'Restricted'),
        ),
      ),
    );
  });
  return settings;
}

describe('Meet adapter on another build of the documented page', () => {
  it('observes, removes without a confirmation, and sets switches and access', async () => {
    const settings = buildPage();
    expect(meetAdapter.present(document)).toBe(true);
    const events: MeetingEvent[] = [];
    const controller = new AbortController();
    meetAdapter.start(document, (e) => events.push(e), controller.signal);
    const roster = await eventually(() => events.find((e) => e.kind === 'roster'), 'roster');
    if (roster.kind !== 'roster') throw new Error();
    expect(roster.participants.map((p) => [p.id, p.role, p.self])).toEqual([
      ['name:Host Person', 'host', true],
      ['name:Guest One', 'participant', false],
      ['name:Guest Two', 'participant', false],
    ]);
    const removed = await meetAdapter.actions.remove!(
      { id: 'remove', participantId: 'name:Guest One', blockRejoin: false },
      AbortSignal.timeout(8000),
    );
    expect(removed.ok, removed.detail).toBe(true);
    await eventually(() => events.find((e) => e.kind === 'left'), 'left');

    const result = await meetAdapter.actions['set-settings']!(
      { id: 'set-settings', changes: { shareAllowed: false, locked: true } },
      AbortSignal.timeout(8000),
    );
    expect(result.ok, result.detail).toBe(true);
    expect(result.before).toEqual({ shareAllowed: true, locked: false });
    expect(settings).toEqual({ share: false, access: 'restricted' });
    controller.abort();
  });
});
