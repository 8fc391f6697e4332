import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PanicOptions } from '../../shared/storage-keys';
import { setMessageSource } from '../i18n';
import { FakeConnector } from '../testing/fake-connector';
import { PanicOptionsForm } from './PanicOptionsForm';

describe('PanicOptionsForm', () => {
  beforeEach(() => setMessageSource(new FakeConnector().getMessage, 'en'));
  afterEach(cleanup);

  it('is off by default and saves the host choice', async () => {
    const saved: PanicOptions[] = [];
    render(
      <PanicOptionsForm
        store={{ load: async () => ({ removeSharers: false }), save: async (o) => void saved.push(o) }}
      />,
    );
    const box = await waitFor(() => screen.getByLabelText(/Panic also removes whoever was sharing/));
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    expect(saved).toEqual([{ removeSharers: true }]);
  });
});
