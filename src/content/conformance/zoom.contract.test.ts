import type { ActionId, ActionRequest } from '../../shared/model/action';
import { waitFor } from '../kit/wait-for';
import { zoomAdapter } from '../platforms/zoom/adapter';
import { mountReplica } from '../../replicas/zoom/client';
import { runAdapterContract, type MountedClient } from './adapter-contract';
import { scriptedBy } from './replica-script.fixture';

/*
 * The Zoom adapter against the Zoom web client replica (src/replicas/zoom, build 7.2.0): the
 * Participants panel closed at mount, a virtualised roster, Host tools, ReactModal dialogs.
 */
async function mount({ inert }: { inert: boolean }): Promise<MountedClient> {
  const root = document.createElement('div');
  document.body.append(root);
  const control = mountReplica(root, { delayMs: 20, inert });
  const script = scriptedBy(control);
  const idOfName = script.idOfName;
  const requests: Record<ActionId, (idOf: (name: string) => string) => ActionRequest> = {
    'stop-share': (idOf) => ({ id: 'stop-share', participantId: idOf('Ben Okafor') }),
    'set-settings': () => ({ id: 'set-settings', changes: { shareAllowed: false, locked: true } }),
    remove: (idOf) => ({ id: 'remove', participantId: idOf('Ben Okafor'), blockRejoin: true }),
    report: (idOf) => ({
      id: 'report',
      participantId: idOf('Chloé Martin'),
      category: 'spam',
      description: 'contract',
      alsoRemove: false,
    }),
    'mute-all': () => ({ id: 'mute-all' }),
    suspend: () => ({ id: 'suspend' }),
  };
  const client: MountedClient = {
    doc: root.ownerDocument,
    roster: [
      { name: 'Alex Morgan', role: 'host', self: true },
      { name: 'Ana Souza', role: 'participant', self: false },
      { name: 'Ben Okafor', role: 'participant', self: false },
      { name: 'Chloé Martin', role: 'participant', self: false },
    ],
    ...script,
    async prepare(action, idOf) {
      if (action === 'stop-share') {
        control.share(idOfName('Ben Okafor'));
        await waitFor(() => document.querySelector('.sharee-container__indicator'), 'share indicator');
      }
      return requests[action](idOf);
    },
    happened(request) {
      const state = control.state();
      switch (request.id) {
        case 'stop-share':
          return state.participants.find((p) => p.name === 'Ben Okafor')?.sharing === false;
        case 'set-settings':
          return state.settings.shareAllowed === false && state.settings.locked === true;
        case 'remove':
          return state.removed.some((r) => r.name === 'Ben Okafor');
        case 'report':
          return state.reports.some((r) => r.participantId === idOfName('Chloé Martin') && !r.submitted);
        case 'mute-all':
          return state.participants.filter((p) => !p.self).every((p) => p.muted);
        case 'suspend':
          return state.suspended === true;
      }
    },
    strip() {
      document.querySelector('button[aria-label="Host tools"]')?.remove();
      document.querySelector('button[aria-label*="participants list pane"]')?.remove();
    },
    unmount() {
      control.unmount();
      root.remove();
    },
  };
  return client;
}

runAdapterContract(zoomAdapter, {
  name: 'the Zoom web client replica (build 7.2.0)',
  urls: [
    ['https://app.zoom.us/wc/81234567890/join', true],
    ['https://app.zoom.us/wc/81234567890/join?pwd=abc&from=pwa', true],
    ['https://app.zoom.us/wc/81234567890/start', true],
    ['https://app.zoom.us/wc/home', true],
    ['https://us05web.zoom.us/wc/81234567890/join', true],
    ['https://zoom.us/wc/81234567890/join', true],
    ['http://app.zoom.us/wc/81234567890/join', false],
    ['https://app.zoom.us.evil.example/wc/81234567890/join', false],
    ['https://zoom.us.evil.example/wc/1/join', false],
    ['https://evilzoom.us/wc/1/join', false],
    ['https://app.zoom.com/wc/1/join', false],
    ['https://us05web.zoom.us/j/81234567890?pwd=abc', false],
    ['https://app.zoom.us/wcx/1/join', false],
    ['https://app.zoom.us/', false],
    ['https://meet.google.com/abc-defg-hij', false],
  ],
  mount,
});
