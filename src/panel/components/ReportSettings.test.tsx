import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asDestinations } from '../../shared/model/destinations';
import { asRetention } from '../../shared/model/evidence';
import type { ReportSettingsStore } from '../destinations-store';
import { setMessageSource } from '../i18n';
import { createStoredValue, type KeyValueArea } from '../stored-value';
import { FakeConnector } from '../testing/fake-connector';
import { ReportSettings } from './ReportSettings';

function fakeStore(grant: boolean) {
  const area = new Map<string, unknown>();
  const asked: string[] = [];
  let screenshots = false;
  const mapArea: KeyValueArea = {
    get: async (key) => ({ [key]: area.get(key) }),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => area.set(k, v)),
  };
  const store: ReportSettingsStore = {
    destinations: createStoredValue(mapArea, 'destinations', asDestinations),
    retention: createStoredValue(mapArea, 'retention', asRetention),
    requestOrigin: async (pattern) => {
      asked.push(pattern);
      return grant;
    },
    hasScreenshots: async () => screenshots,
    requestScreenshots: async () => (screenshots = grant),
    dropScreenshots: async () => void (screenshots = false),
    storageUse: async () => 3 * 1024 * 1024,
  };
  return { store, area, asked };
}

const endpoint = () => screen.getByTestId('endpoint-form');
const saveEndpoint = (url: string, token: string) => {
  fireEvent.input(within(endpoint()).getByLabelText('Receiver URL (https://…)'), { target: { value: url } });
  fireEvent.input(within(endpoint()).getByLabelText('Access token'), { target: { value: token } });
  fireEvent.click(within(endpoint()).getByRole('button', { name: 'Save receiver' }));
};

afterEach(cleanup);
beforeEach(() => setMessageSource(new FakeConnector().getMessage, 'en'));

describe('ReportSettings (options page)', () => {
  it('refuses plain http off this machine and a URL with credentials, asking for nothing', async () => {
    const { store, asked, area } = fakeStore(true);
    render(<ReportSettings store={store} />);
    saveEndpoint('http://reports.example.org', 'a-long-token');
    expect(screen.getByTestId('endpoint-message').textContent).toMatch(/must start with https:\/\//);
    saveEndpoint('https://user:pw@reports.example.org', 'a-long-token');
    expect(screen.getByTestId('endpoint-message').textContent).toMatch(/user name or password/);
    expect(asked).toEqual([]);
    expect(area.get('destinations')).toBeUndefined();
  });

  it('asks for exactly the receiver’s origin, then saves it', async () => {
    const { store, asked, area } = fakeStore(true);
    render(<ReportSettings store={store} />);
    saveEndpoint('https://reports.example.org/hostguard/', 'a-long-token');
    await waitFor(() =>
      expect(screen.getByTestId('endpoint-message').textContent).toMatch(
        /Saved: reports go to https:\/\/reports.example.org/,
      ),
    );
    expect(asked).toEqual(['https://reports.example.org/*']);
    expect(area.get('destinations')).toEqual({
      endpoint: { url: 'https://reports.example.org/hostguard', token: 'a-long-token' },
    });
  });

  it('saves nothing when the browser refuses the origin, and says so', async () => {
    const { store, area } = fakeStore(false);
    render(<ReportSettings store={store} />);
    saveEndpoint('http://localhost:8787', 'a-long-token');
    await waitFor(() => expect(screen.getByTestId('endpoint-message').textContent).toMatch(/did not allow/));
    expect(area.get('destinations')).toBeUndefined();
  });

  it('keeps retention within bounds and shows the storage used', async () => {
    const { store, area } = fakeStore(true);
    render(<ReportSettings store={store} />);
    const days = await screen.findByLabelText('Delete evidence after (days)');
    fireEvent.change(days, { target: { value: '900' } });
    await waitFor(() => expect(area.get('retention')).toEqual({ days: 365, purgeAfterExport: false }));
    expect((await screen.findByTestId('storage-use')).textContent).toBe('Hostguard uses 3.0 MB on this device.');
  });

  it('screenshots of every meeting tab only after the host allows them', async () => {
    const { store } = fakeStore(true);
    render(<ReportSettings store={store} />);
    await waitFor(() => expect(screen.getByTestId('screenshots-state').textContent).toMatch(/only after you press/));
    fireEvent.click(screen.getByRole('button', { name: 'Allow screenshots of meeting tabs' }));
    await waitFor(() =>
      expect(screen.getByTestId('screenshots-state').textContent).toMatch(/allowed for every meeting tab/),
    );
  });
});
