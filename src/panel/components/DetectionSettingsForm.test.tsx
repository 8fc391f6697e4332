import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DETECTION_LIMITS } from '../../shared/model/detection-settings';
import { asDetectionSettings, DETECTION_SETTINGS_KEY } from '../../shared/policy-storage';
import { setMessageSource } from '../i18n';
import { createStoredValue, memoryArea } from '../stored-value';
import { FakeConnector } from '../testing/fake-connector';
import { withinRange } from './NumberField';
import { DetectionSettingsForm } from './DetectionSettingsForm';

function setup(stored?: unknown) {
  const area = memoryArea(stored === undefined ? {} : { [DETECTION_SETTINGS_KEY]: stored });
  const store = createStoredValue(area, DETECTION_SETTINGS_KEY, asDetectionSettings);
  render(<DetectionSettingsForm store={store} />);
  return { saved: () => asDetectionSettings(area.items[DETECTION_SETTINGS_KEY]), raw: () => area.items };
}

const RULE_SWITCHES = [
  /many people join within seconds/,
  /starts sharing/,
  /hostile display names/,
  /hostile chat messages/,
  /imitate a host/,
  /removed from this meeting comes back/,
  /many messages in a few seconds/,
  /not on the expected-attendee list/,
];

const box = (name: RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const field = (id: string) => document.getElementById(id) as HTMLTextAreaElement;

describe('DetectionSettingsForm', () => {
  beforeEach(() => setMessageSource(new FakeConnector().getMessage, 'en'));
  afterEach(cleanup);

  it('shows every rule switched on by default, each in a fieldset with a legend', async () => {
    setup();
    await screen.findByRole('heading', { name: 'Detection rules' });
    for (const name of RULE_SWITCHES) expect(box(name).checked, String(name)).toBe(true);
    const legends = screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent);
    expect(legends).toEqual([
      'Join burst',
      'Share tripwire',
      'Hostile names and chat',
      'Impersonation',
      'Rejoin after removal',
      'Chat flood',
      'Expected attendees',
    ]);
  });

  it('switches one rule off and saves it, leaving the others as they were', async () => {
    const { saved } = setup();
    fireEvent.click(await waitFor(() => box(/removed from this meeting comes back/)));
    await waitFor(() => expect(saved().rejoin.enabled).toBe(false));
    expect(saved().joinBurst.enabled).toBe(true);
    await waitFor(() => expect(screen.getByTestId('detection-status').textContent).toBe('Saved.'));
  });

  it('clamps an out-of-range threshold, shows the kept value, says why, and saves it', async () => {
    const { saved } = setup();
    await screen.findByLabelText('People joining');
    const joins = screen.getByLabelText('People joining') as HTMLInputElement;
    fireEvent.input(joins, { target: { value: '9999' } });
    fireEvent.keyDown(joins, { key: 'Enter' });
    expect(joins.value).toBe(String(DETECTION_LIMITS.joins.max));
    expect(screen.getByText(/People joining: the value must be from 2 to 500, so it was set to 500/)).toBeTruthy();
    await waitFor(() => expect(saved().joinBurst.joins).toBe(500));
    expect(joins.getAttribute('min')).toBe('2');
    expect(joins.getAttribute('max')).toBe('500');
  });

  it('refuses a threshold that is not a number and keeps the stored one', async () => {
    const { raw } = setup({ chatFlood: { messages: 12 } });
    const messages = (await screen.findByLabelText('Messages')) as HTMLInputElement;
    fireEvent.input(messages, { target: { value: '' } });
    fireEvent.blur(messages);
    expect(messages.value).toBe('12');
    expect(screen.getByText(/Messages: enter a whole number from 2 to 500. The value stays 12/)).toBeTruthy();
    expect(raw()[DETECTION_SETTINGS_KEY]).toEqual({ chatFlood: { messages: 12 } }); // nothing written
  });

  it('saves a valid threshold as typed, in the right rule', async () => {
    const { saved } = setup();
    const seconds = (await screen.findByLabelText(/Counts as “just joined” for/)) as HTMLInputElement;
    fireEvent.input(seconds, { target: { value: '300' } });
    fireEvent.blur(seconds);
    await waitFor(() => expect(saved().shareTripwire.freshJoinerSeconds).toBe(300));
    expect(saved().joinBurst.windowSeconds).toBe(10);
  });

  it('keeps hostileText.enabled as "names or chat", and shows a stored off as both off', async () => {
    const { saved } = setup({ hostileText: { enabled: false, names: true, chat: true } });
    await waitFor(() => expect(box(/hostile display names/).checked).toBe(false));
    expect(box(/hostile chat messages/).checked).toBe(false);
    fireEvent.click(box(/hostile display names/));
    await waitFor(() => expect(saved().hostileText).toMatchObject({ enabled: true, names: true, chat: false }));
    fireEvent.click(box(/hostile display names/));
    await waitFor(() => expect(saved().hostileText).toMatchObject({ enabled: false, names: false, chat: false }));
  });

  it('saves the term lists one per line, trimmed and deduped, and shows the count', async () => {
    const { saved } = setup();
    await screen.findByLabelText('Extra terms to flag');
    const extra = field('extra-terms');
    fireEvent.input(extra, { target: { value: '  raider \n\nraider\nTroll' } });
    expect(screen.getByTestId('extra-terms-count').textContent).toBe('Terms on the list: 2 (at most 2000).');
    fireEvent.blur(extra);
    await waitFor(() => expect(saved().hostileText.extraTerms).toEqual(['raider', 'Troll']));
    expect(extra.value).toBe('raider\nTroll');
    fireEvent.input(field('allowed-terms'), { target: { value: 'Dickens\nScunthorpe' } });
    fireEvent.blur(field('allowed-terms'));
    await waitFor(() => expect(saved().hostileText.allowedTerms).toEqual(['Dickens', 'Scunthorpe']));
  });

  it('says when a term list is over its limits, and keeps what the limits allow', async () => {
    const { saved } = setup();
    await screen.findByLabelText('Allowed words (never flagged)');
    const lines = Array.from({ length: DETECTION_LIMITS.terms + 3 }, (_, i) => `word${i}`);
    lines[0] = 'x'.repeat(DETECTION_LIMITS.termLength + 5);
    fireEvent.input(field('allowed-terms'), { target: { value: lines.join('\n') } });
    fireEvent.blur(field('allowed-terms'));
    expect(screen.getByText(/Only the first 2000 terms are kept; 3 were left off/)).toBeTruthy();
    expect(screen.getByText(/at most 80 characters; 1 were shortened/)).toBeTruthy();
    await waitFor(() => expect(saved().hostileText.allowedTerms).toHaveLength(DETECTION_LIMITS.terms));
    expect(saved().hostileText.allowedTerms[0]).toHaveLength(DETECTION_LIMITS.termLength);
  });
});

describe('withinRange', () => {
  it('rounds and clamps, and says when it changed what was typed', () => {
    expect(withinRange('7', { min: 2, max: 10 })).toEqual({ value: 7, adjusted: false });
    expect(withinRange('7.6', { min: 2, max: 10 })).toEqual({ value: 8, adjusted: true });
    expect(withinRange('-4', { min: 0, max: 10 })).toEqual({ value: 0, adjusted: true });
    expect(withinRange(' ', { min: 0, max: 10 })).toBeNull();
    expect(withinRange('abc', { min: 0, max: 10 })).toBeNull();
  });
});
