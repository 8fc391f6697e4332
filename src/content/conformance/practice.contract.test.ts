import type { ActionId, ActionRequest } from '../../shared/model/action';
import { waitFor } from '../kit/wait-for';
import { practiceAdapter } from '../platforms/practice/adapter';
import { mountPractice } from '../platforms/practice/practice.fixture';
import { runAdapterContract, type MountedClient } from './adapter-contract';

const $ = (selector: string) => document.querySelector(selector);

async function mount({ inert }: { inert: boolean }): Promise<MountedClient> {
  const page = mountPractice(`delay=20${inert ? '&inert=1' : ''}`);
  await waitFor(() => $('#pm-participants-list [data-participant-id="p6"]'), 'practice roster');
  const byName = new Map<string, string>();
  const idOfShown = (name: string) => byName.get(name) ?? name;
  const requests: Record<ActionId, (idOf: (name: string) => string) => ActionRequest> = {
    'stop-share': (idOf) => ({ id: 'stop-share', participantId: idOf('Sharer') }),
    'set-settings': () => ({ id: 'set-settings', changes: { shareAllowed: false, locked: true } }),
    remove: (idOf) => ({ id: 'remove', participantId: idOf("James O'Connor"), blockRejoin: true }),
    report: (idOf) => ({
      id: 'report',
      participantId: idOf('Sophie Lefèvre'),
      category: 'spam',
      description: 'contract',
      alsoRemove: false,
    }),
    'mute-all': () => ({ id: 'mute-all' }),
    suspend: () => ({ id: 'suspend' }),
  };
  const client: MountedClient = {
    doc: document,
    roster: [
      { name: 'You', role: 'host', self: true },
      { name: 'Amélie Durand', role: 'cohost', self: false },
      { name: "James O'Connor", role: 'participant', self: false },
      { name: 'Sophie Lefèvre', role: 'participant', self: false },
      { name: 'Karim Benali', role: 'participant', self: false },
      { name: 'Emily Carter', role: 'participant', self: false },
    ],
    async join(name) {
      const id = page.remote.join({ name });
      if (id) byName.set(name, id);
    },
    async rename(name, to) {
      page.remote.rename(idOfShown(name), to);
      byName.set(to, idOfShown(name));
    },
    async share(name) {
      page.remote.startShare(idOfShown(name));
    },
    async prepare(action, idOf) {
      if (action === 'stop-share') {
        await client.join('Sharer');
        await client.share('Sharer');
        await waitFor(() => $('#pm-share-view'), 'share view');
        await waitFor(() => $(`[data-participant-id="${byName.get('Sharer')}"]`), 'sharer row');
        return requests[action]((name) => byName.get(name) ?? idOf(name));
      }
      return requests[action](idOf);
    },
    happened(request) {
      const log = page.log().map((entry) => entry.type);
      switch (request.id) {
        case 'stop-share':
          return $('#pm-share-view') === null;
        case 'set-settings':
          return $('#pm-lock-indicator') !== null && log.includes('setting-changed');
        case 'remove':
          return $(`[data-participant-id="${request.participantId}"]`) === null && log.includes('removed');
        case 'report':
          return $('#pm-report-dialog') !== null;
        case 'mute-all':
          return log.includes('muted-all');
        case 'suspend':
          return $('#pm-suspended-banner') !== null && log.includes('suspended');
      }
    },
    strip() {
      $('#pm-security-button')?.remove();
      $('#pm-participants-list')?.remove();
    },
    unmount: page.unmount,
  };
  return client;
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
