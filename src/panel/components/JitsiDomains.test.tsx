import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setMessageSource } from '../i18n';
import { FakeConnector } from '../testing/fake-connector';
import type { DomainStore } from '../jitsi-domains';
import { JitsiDomains } from './JitsiDomains';

function fakeStore(grant: boolean): DomainStore & { asked: string[] } {
  let domains: string[] = [];
  const asked: string[] = [];
  return {
    asked,
    list: async () => domains,
    add: async (origin) => {
      asked.push(origin);
      if (grant) domains = [...domains, origin];
      return grant;
    },
    remove: async (origin) => {
      domains = domains.filter((d) => d !== origin);
    },
  };
}

const type = (value: string) => {
  fireEvent.input(screen.getByLabelText('Jitsi domain'), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Add domain' }));
};

describe('JitsiDomains', () => {
  beforeEach(() => setMessageSource(new FakeConnector().getMessage, 'en'));
  afterEach(cleanup);

  it('asks for exactly the typed origin, lists it, and removes it', async () => {
    const store = fakeStore(true);
    render(<JitsiDomains store={store} />);
    type('meet.example.org/room');
    await waitFor(() => expect(screen.getByTestId('jitsi-list').textContent).toContain('https://meet.example.org'));
    expect(store.asked).toEqual(['https://meet.example.org']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove https://meet.example.org' }));
    await waitFor(() => expect(screen.queryByTestId('jitsi-list')).toBeNull());
  });

  it('says why a domain is refused, and asks the browser nothing', async () => {
    const store = fakeStore(true);
    render(<JitsiDomains store={store} />);
    type('http://meet.example.org');
    expect(screen.getByTestId('jitsi-message').textContent).toMatch(/Only https sites/);
    expect(store.asked).toEqual([]);
  });

  it('says so when the browser does not grant the site', async () => {
    render(<JitsiDomains store={fakeStore(false)} />);
    type('meet.example.org');
    await waitFor(() => expect(screen.getByTestId('jitsi-message').textContent).toMatch(/did not allow/));
  });
});
