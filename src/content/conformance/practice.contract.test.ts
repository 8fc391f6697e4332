import type { ActionId, ActionRequest } from '../../shared/model/action';
import { waitFor } from '../dom/wait-for';
import { practiceAdapter } from '../platforms/practice/adapter';
import { mountPractice } from '../platforms/practice/practice.fixture';
import { runAdapterContract, type MountedClient } from './adapter-contract';

/** The drill script: one guest joins and shares when "Start scenario" is clicked. */
const GUEST = [
  { type: 'join', id: 'guest', name: 'Contract Guest' },
  { type: 'share-start', id: 'guest' },
];

const REQUESTS: Record<ActionId, ActionRequest> = {
  'stop-share': { id: 'stop-share', participantId: 'guest' },
  'set-settings': { id: 'set-settings', changes: { shareAllowed: false, locked: true } },
  remove: { id: 'remove', participantId: 'p3', blockRejoin: true },
  report: { id: 'report', participantId: 'p4', category: 'disruption', description: 'contract', alsoRemove: false },
  'mute-all': { id: 'mute-all' },
  suspend: { id: 'suspend' },
};

async function mount(): Promise<MountedClient> {
  const page = mountPractice('delay=20', GUEST);
  await waitFor(() => document.querySelector('#pm-start-scenario:not([disabled])'), 'scenario loaded');
  const guestIn = () => waitFor(() => document.querySelector('[data-participant-id="guest"]'), 'guest row');
  return {
    minRoster: 6,
    async join() {
      await page.start();
      await guestIn();
    },
    async prepare(action) {
      if (action === 'stop-share') {
        await page.start();
        await waitFor(() => document.querySelector('#pm-share-view[data-participant-id="guest"]'), 'guest sharing');
      }
      return REQUESTS[action];
    },
    unmount: page.unmount,
  };
}

runAdapterContract(practiceAdapter, {
  name: 'the practice meeting',
  urls: [
    ['http://localhost:5173/src/practice/index.html?scenario=raid', true],
    ['http://127.0.0.1:4000/src/practice/index.html', true],
    ['chrome-extension://hlajikgeachoekpedcipmihnpjifdonk/src/practice/index.html', true],
    ['moz-extension://0b7c7e8e-1111-4c2b-9d6e-000000000000/src/practice/index.html', true],
    ['https://evil.example/src/practice/index.html', false],
    ['http://localhost.evil.example/src/practice/index.html', false],
    ['http://localhost:5173/src/practice/index.html.evil', false],
    ['http://localhost:5173/src/panel/index.html', false],
    ['file:///tmp/practice/index.html', false],
    ['https://app.zoom.us/wc/123/join', false],
  ],
  mount,
});
