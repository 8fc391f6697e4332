import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DETECTION_LIMITS } from '../../shared/model/detection-settings';
import { asDetectionSettings, DETECTION_SETTINGS_KEY } from '../../shared/policy-storage';
import { setMessageSource } from '../i18n';
import { createStoredValue, memoryArea } from '../stored-value';
import { FakeConnector } from '../testing/fake-connector';
import { DetectionSettingsForm } from './DetectionSettingsForm';
import { ExpectedAttendees } from './ExpectedAttendees';

function setup(names: string[] = [], withRules = false) {
  const area = memoryArea({ [DETECTION_SETTINGS_KEY]: { expectedAttendees: { enabled: true, names } } });
  const store = createStoredValue(area, DETECTION_SETTINGS_KEY, asDetectionSettings);
  render(
    <>
      {withRules && <DetectionSettingsForm store={store} />}
      <ExpectedAttendees store={store} />
    </>,
  );
  return () => asDetectionSettings(area.items[DETECTION_SETTINGS_KEY]);
}

const paste = async (text: string) => {
  const area = await screen.findByLabelText('Paste names, one per line');
  fireEvent.input(area, { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Use these names' }));
};

const choose = async (file: Pick<File, 'name' | 'size' | 'arrayBuffer'>) => {
  const input = (await screen.findByLabelText('Or import a CSV file')) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
};

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const message = () => screen.getByTestId('attendees-message').textContent;

describe('ExpectedAttendees', () => {
  beforeEach(() => setMessageSource(new FakeConnector().getMessage, 'en'));
  afterEach(cleanup);

  it('replaces the list with pasted names, shows the count, a preview of the first five and how many more', async () => {
    const saved = setup(['Old Name']);
    await paste(
      'Ada Lovelace\nAlan Turing\n\nGrace Hopper\nKaren Spärck Jones\nEdsger Dijkstra\nBarbara Liskov\nada lovelace',
    );
    await waitFor(() => expect(saved().expectedAttendees.names).toHaveLength(6));
    expect(saved().expectedAttendees.names[0]).toBe('Ada Lovelace');
    expect(screen.getByTestId('attendees-count').textContent).toBe('Names on the list: 6 (at most 5000).');
    const preview = screen.getByRole('list', { name: 'Start of the list' });
    expect([...preview.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Ada Lovelace',
      'Alan Turing',
      'Grace Hopper',
      'Karen Spärck Jones',
      'Edsger Dijkstra',
    ]);
    expect(screen.getByText('…and 1 more.')).toBeTruthy();
    expect(message()).toBe('Names on the list now: 6.');
    expect((screen.getByLabelText('Paste names, one per line') as HTMLTextAreaElement).value).toBe('');
  });

  it('imports a French Excel CSV (BOM, semicolons, Nom + Prénom) and says which file it read', async () => {
    const saved = setup();
    await choose(csv('invités.csv', '\uFEFFNom;Prénom;Courriel\r\nMartin;Paul;p@x.fr\r\nDupont;Anne;a@x.fr\r\n'));
    await waitFor(() => expect(saved().expectedAttendees.names).toEqual(['Paul Martin', 'Anne Dupont']));
    expect(message()).toBe('Read invités.csv. Names on the list now: 2.');
  });

  it('cuts a 6,000-name file to the limit and says so', async () => {
    const saved = setup();
    const rows = Array.from({ length: 6000 }, (_, i) => `Guest Number ${i}`);
    await choose(csv('big.csv', ['Full Name', ...rows].join('\n')));
    await waitFor(() => expect(saved().expectedAttendees.names).toHaveLength(DETECTION_LIMITS.attendees));
    expect(message()).toMatch(/There were 6000 different names; only the first 5000 are kept/);
    expect(screen.getByTestId('attendees-count').textContent).toBe('Names on the list: 5000 (at most 5000).');
  });

  it('asks the host to check names taken from email addresses', async () => {
    setup();
    await choose(csv('emails.csv', 'Email\npaul.martin@x.org\n'));
    await waitFor(() => expect(message()).toMatch(/Names taken from email addresses: 1 .*Check them/));
    expect(screen.getByRole('list', { name: 'Start of the list' }).textContent).toBe('paul martin');
  });

  it('renders names from a file as text only', async () => {
    setup();
    await choose(csv('x.csv', 'Name\n<img src=x onerror=alert(1)>\n'));
    const preview = await screen.findByRole('list', { name: 'Start of the list' });
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('leaves the list alone when nothing usable was read, and refuses a huge file unread', async () => {
    const saved = setup(['Ada']);
    await choose(csv('empty.csv', '\uFEFF\n;;\n'));
    await waitFor(() => expect(message()).toBe('No names found: the list was not changed.'));
    let read = false;
    await choose({
      name: 'video.mp4',
      size: 50 * 1024 * 1024,
      arrayBuffer: async () => ((read = true), new ArrayBuffer(0)),
    });
    await waitFor(() => expect(message()).toMatch(/larger than 10 MB/));
    expect(read).toBe(false);
    expect(saved().expectedAttendees.names).toEqual(['Ada']);
  });

  it('clears the list', async () => {
    const saved = setup(['Ada', 'Alan']);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear the list' }));
    await waitFor(() => expect(saved().expectedAttendees.names).toEqual([]));
    expect(screen.getByTestId('attendees-count').textContent).toBe('Names on the list: 0 (at most 5000).');
    expect(screen.queryByRole('button', { name: 'Clear the list' })).toBeNull();
  });

  it('shares detectionSettings with the rules form: neither change is lost, and the rule switch shows here', async () => {
    const saved = setup([], true);
    fireEvent.click(await screen.findByRole('checkbox', { name: /not on the expected-attendee list/ }));
    await paste('Ada Lovelace');
    await waitFor(() => expect(saved().expectedAttendees).toEqual({ enabled: false, names: ['Ada Lovelace'] }));
    expect(screen.getByText(/rule is switched off in the detection rules/)).toBeTruthy();
  });
});
