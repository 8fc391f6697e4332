import { afterEach, describe, expect, it } from 'vitest';
import { PLATFORM_MATCHES } from '../../../shared/model/platform';
import { meetAdapter } from './adapter';
import { mountMeet, type MeetPage } from './meet.fixture';

let page: MeetPage | undefined;
afterEach(() => {
  page?.unmount();
  page = undefined;
  document.body.replaceChildren();
  document.title = '';
});

const button = (label: string) => {
  const element = document.createElement('button');
  element.setAttribute('aria-label', label);
  return element;
};

describe('meetAdapter: identity', () => {
  it('declares Meet match patterns, one frame, English and French, and its four settings', () => {
    expect(meetAdapter.matchPatterns).toEqual(PLATFORM_MATCHES.meet);
    expect(meetAdapter.allFrames).toBe(false);
    expect(meetAdapter.languages).toEqual(['en', 'fr']);
    expect([...meetAdapter.settings].sort()).toEqual(['chatAllowed', 'locked', 'shareAllowed', 'unmuteAllowed']);
    // Meet has no documented mute-all selector and nothing like Zoom's Suspend.
    expect(Object.keys(meetAdapter.actions).sort()).toEqual(['remove', 'report', 'set-settings', 'stop-share']);
  });

  it('matches every https page of meet.google.com (a single-page app) and nothing else', () => {
    expect(meetAdapter.matches(new URL('https://meet.google.com/landing'))).toBe(true);
    expect(meetAdapter.matches(new URL('https://meet.google.com/abc-defg-hij'))).toBe(true);
    expect(meetAdapter.matches(new URL('https://meet.google.com.attacker.example/abc-defg-hij'))).toBe(false);
    expect(meetAdapter.matches(new URL('http://meet.google.com/abc-defg-hij'))).toBe(false);
  });
});

describe('meetAdapter: present() only in a call', () => {
  it('is true on the call page, with its health', () => {
    page = mountMeet();
    expect(meetAdapter.present(document)).toBe(true);
    const health = meetAdapter.probe(document);
    expect(health.ok).toBe(true);
    expect(health.parts).toMatchObject({ participantsButton: true, hostControls: true, toolbar: true, roster: true });
  });

  it('is false on the landing page', () => {
    document.body.append(button('Main menu'), button('Settings'));
    expect(meetAdapter.present(document)).toBe(false);
  });

  it('is false in the green room and while asking to join, though "Leave call" may already show', () => {
    const join = document.createElement('button');
    join.textContent = 'Ask to join';
    document.body.append(button('Leave call'), button('Turn off microphone'), join);
    expect(meetAdapter.present(document)).toBe(false);
    join.remove();
    // "Leave call" alone (the waiting room keeps it) is not a call either.
    expect(meetAdapter.present(document)).toBe(false);
    document.body.append(button('Chat with everyone'));
    expect(meetAdapter.present(document)).toBe(true);
  });

  it('reads French chrome', () => {
    page = mountMeet({ lang: 'fr' });
    expect(meetAdapter.present(document)).toBe(true);
    expect(meetAdapter.probe(document).ok).toBe(true);
  });

  it('reports the People button missing when the page changed', () => {
    page = mountMeet();
    document.querySelector('button[aria-label="People"]')!.remove();
    const health = meetAdapter.probe(document);
    expect(health.ok).toBe(false);
    expect(health.parts).toMatchObject({ participantsButton: false, roster: false });
  });

  it('finds the 2026 header chip labelled through aria-labelledby', () => {
    const label = document.createElement('span');
    label.id = 'chip-label';
    label.textContent = 'People';
    const chip = document.createElement('div');
    chip.setAttribute('role', 'button');
    chip.setAttribute('jsname', 'ocqpFe');
    chip.setAttribute('aria-labelledby', 'chip-label');
    document.body.append(label, chip, button('Leave call'));
    expect(meetAdapter.present(document)).toBe(true);
    expect(meetAdapter.probe(document).parts['participantsButton']).toBe(true);
  });
});

describe('meetAdapter: title', () => {
  it('reads the tab title Meet sets, else the meeting code', () => {
    document.title = 'Meet - Weekly sync';
    expect(meetAdapter.title(document)).toBe('Weekly sync');
    document.title = 'Meet';
    expect(meetAdapter.title(document)).toBe('Google Meet');
  });
});
