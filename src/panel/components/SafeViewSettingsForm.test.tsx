import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asSafeViewSettings, SAFE_VIEW_SETTINGS_KEY } from '../../shared/policy-storage';
import { setMessageSource } from '../i18n';
import { createStoredValue, memoryArea } from '../stored-value';
import { FakeConnector } from '../testing/fake-connector';
import { SafeViewSettingsForm } from './SafeViewSettingsForm';

function setup(stored?: unknown) {
  const area = memoryArea(stored === undefined ? {} : { [SAFE_VIEW_SETTINGS_KEY]: stored });
  render(<SafeViewSettingsForm store={createStoredValue(area, SAFE_VIEW_SETTINGS_KEY, asSafeViewSettings)} />);
  return () => area.items[SAFE_VIEW_SETTINGS_KEY];
}

const enabled = () => screen.getByRole('checkbox', { name: /Blur suspicious shares on my screen/ }) as HTMLInputElement;
const all = () => screen.getByRole('checkbox', { name: /Blur every share by a non-host/ }) as HTMLInputElement;

describe('SafeViewSettingsForm', () => {
  beforeEach(() => setMessageSource(new FakeConnector().getMessage, 'en'));
  afterEach(cleanup);

  it('is on by default, blurring suspicious shares only', async () => {
    setup();
    await waitFor(() => expect(enabled().checked).toBe(true));
    expect(all().checked).toBe(false);
    expect(all().disabled).toBe(false);
  });

  it('saves "blur every non-host share"', async () => {
    const stored = setup();
    fireEvent.click(await waitFor(all));
    await waitFor(() => expect(stored()).toEqual({ enabled: true, allNonHostShares: true }));
  });

  it('switched off, greys out the wider choice but keeps it for when safe view is back', async () => {
    const stored = setup({ enabled: true, allNonHostShares: true });
    fireEvent.click(await waitFor(enabled));
    await waitFor(() => expect(stored()).toEqual({ enabled: false, allNonHostShares: true }));
    expect(all().disabled).toBe(true);
    expect(all().checked).toBe(true);
  });
});
