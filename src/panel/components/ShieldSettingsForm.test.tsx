import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asShieldSettings, SHIELD_SETTINGS_KEY } from '../../shared/policy-storage';
import { setMessageSource } from '../i18n';
import { createStoredValue, memoryArea } from '../stored-value';
import { FakeConnector } from '../testing/fake-connector';
import { ShieldSettingsForm } from './ShieldSettingsForm';

function setup(stored?: unknown) {
  const area = memoryArea(stored === undefined ? {} : { [SHIELD_SETTINGS_KEY]: stored });
  render(<ShieldSettingsForm store={createStoredValue(area, SHIELD_SETTINGS_KEY, asShieldSettings)} />);
  return () => area.items[SHIELD_SETTINGS_KEY];
}

const box = (name: RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('ShieldSettingsForm', () => {
  beforeEach(() => setMessageSource(new FakeConnector().getMessage, 'en'));
  afterEach(cleanup);

  it('offers the four automatic actions, removal off by default, and says Shield is switched on per meeting', async () => {
    setup();
    await screen.findByRole('group', { name: 'What Shield may do on its own' });
    expect(box(/Stop a tripwire share at once/).checked).toBe(true);
    expect(box(/Lock the meeting after a join burst/).checked).toBe(true);
    expect(box(/Turn off participant screen sharing after any alert/).checked).toBe(true);
    expect(box(/Remove participants with hostile names/).checked).toBe(false);
    expect(screen.getByTestId('shield-settings').textContent).toMatch(
      /switch it on for a meeting, from the panel or with its keyboard shortcut/,
    );
  });

  it('warns, beside the removal switch, that names can be false positives', async () => {
    setup();
    const eject = await waitFor(() => box(/Remove participants with hostile names/));
    const described = eject
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described.join(' ')).toMatch(/Dick Van Dyke/);
  });

  it('saves each choice on its own, keeping the others', async () => {
    const stored = setup({ lockAfterBurst: false });
    fireEvent.click(await waitFor(() => box(/Remove participants with hostile names/)));
    await waitFor(() =>
      expect(stored()).toEqual({
        stopTripwireShare: true,
        lockAfterBurst: false,
        disableSharingAfterAlert: true,
        ejectHostileNames: true,
      }),
    );
    await waitFor(() => expect(screen.getByTestId('shield-status').textContent).toBe('Saved.'));
  });
});
