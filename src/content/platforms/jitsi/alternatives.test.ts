import { afterEach, describe, expect, it } from 'vitest';
import { readRow, sharerOf } from './page';
import { muteAll } from './actions/mute-all';
import { setSettings } from './actions/set-settings';
import { jitsiAdapter } from './adapter';

/*
 * Documented alternatives the replica does not use, on a small hand-built page: a page written
 * independently from the same facts may use them (meeting-dom.md §4, older builds).
 */
type Spec = [tag: string, attrs: Record<string, string>, ...children: (Spec | string)[]];
function build([tag, attrs, ...children]: Spec): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) el.append(typeof child === 'string' ? child : build(child));
  return el;
}
const later = (work: () => void) => setTimeout(work, 10);
const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;

function row(id: string, name: string, extra: Spec[] = [], actions = true): Spec {
  const tail: Spec[] = actions
    ? [['div', { class: 'actions' }, ['button', { 'data-testid': `participant-more-options-${id}` }]]]
    : [];
  return [
    'div',
    { id: `participant-item-${id}`, role: 'listitem' },
    ['div', { class: 'participant-avatar' }, 'XX'],
    ['div', {}, name],
    ...extra,
    ...tail,
  ];
}

function mountVariant() {
  const state = { lobby: false, videoModerated: false, muted: false };
  document.body.replaceChildren(
    build([
      'div',
      { id: 'videoconference_page' },
      ['div', { id: 'largeVideoContainer' }],
      [
        'div',
        { id: 'remoteVideos' },
        ['span', { id: 'participant_bbb', class: 'videocontainer' }, ['div', {}, ['svg', { id: 'share-desktop' }]]],
      ],
      [
        'div',
        { id: 'new-toolbox' },
        ['div', { role: 'button', 'aria-label': 'Security options', 'aria-pressed': 'false', id: 'sec' }],
      ],
      [
        'div',
        { id: 'participants-pane' },
        row('aaa', 'Marie Laurent\u00a0(you)', [['div', {}, 'Moderator']], false),
        row('bbb', 'Ben Okafor', [['div', { class: 'participant-indicators' }, ['svg', { id: 'mic' }]]]),
        ['button', { 'aria-label': 'Mute everyone else', id: 'mute' }],
        ['button', { id: 'participants-pane-context-menu' }],
        ['div', { role: 'menuitem', id: 'participants-pane-context-menu-start-video-moderation' }, 'Start their video'],
      ],
    ]),
  );
  $('#sec').addEventListener('click', () =>
    later(() => {
      const toggle = build(['button', { role: 'switch', id: 'lobby-section-switch', 'aria-checked': 'false' }]);
      toggle.addEventListener('click', () =>
        later(() => toggle.setAttribute('aria-checked', String((state.lobby = !state.lobby)))),
      );
      const close = build(['button', { id: 'modal-header-close-button' }]);
      const dialog = build([
        'div',
        { role: 'dialog', 'aria-label': 'Security Options' },
        ['div', { class: 'security-dialog' }],
      ]);
      dialog.querySelector('.security-dialog')!.append(toggle);
      dialog.append(close);
      close.addEventListener('click', () => dialog.remove());
      document.body.append(dialog);
    }),
  );
  const video = $('#participants-pane-context-menu-start-video-moderation');
  video.addEventListener('click', () =>
    later(() => ((state.videoModerated = true), (video.id = 'participants-pane-context-menu-stop-video-moderation'))),
  );
  $('#mute').addEventListener('click', () =>
    later(() => {
      const ok = build(['button', { id: 'modal-dialog-ok-button' }, 'Mute']);
      const dialog = build(['div', { role: 'dialog', 'aria-label': 'Mute everyone except Marie Laurent?' }]);
      dialog.append(ok);
      ok.addEventListener('click', () => {
        dialog.remove();
        later(() => $('#participant-item-bbb .participant-indicators').append(build(['svg', { id: 'audioMuted' }])));
        state.muted = true;
      });
      document.body.append(dialog);
    }),
  );
  return state;
}

afterEach(() => document.body.replaceChildren());

describe('Jitsi adapter: documented alternatives', () => {
  it('reads a merged "(you)" on the actionless self row, and a share from the owner thumbnail', () => {
    mountVariant();
    expect(jitsiAdapter.present(document)).toBe(true);
    expect(readRow($('#participant-item-aaa'))).toEqual({ id: 'aaa', name: 'Marie Laurent', role: 'host', self: true });
    expect(readRow($('#participant-item-bbb'))).toEqual({
      id: 'bbb',
      name: 'Ben Okafor',
      role: 'participant',
      self: false,
    });
    expect(sharerOf(document)).toBe('bbb');
  });

  it('locks with a toolbar Security button and a role=switch; gates sharing with video moderation', async () => {
    const state = mountVariant();
    const result = await setSettings(
      { id: 'set-settings', changes: { shareAllowed: false, locked: true } },
      AbortSignal.timeout(5000),
      document,
    );
    expect(result.ok, result.detail).toBe(true);
    expect(result.before).toEqual({ shareAllowed: true, locked: false });
    expect(result.after).toEqual({ shareAllowed: false, locked: true });
    expect(state).toMatchObject({ lobby: true, videoModerated: true });
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('mutes with a footer "Mute everyone else" and its "except …" dialog', async () => {
    const state = mountVariant();
    const result = await muteAll({ id: 'mute-all' }, AbortSignal.timeout(5000), document);
    expect(result.ok, result.detail).toBe(true);
    expect(state.muted).toBe(true);
  });
});
