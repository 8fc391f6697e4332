import { useCallback, useState } from 'preact/hooks';
import type { HostControls } from '../model/host';
import type { MeetingCore } from '../model/meeting';
import type { ScenarioRunner } from '../scenarios/runner';
import { ChatPanel } from './chat-panel';
import { OpenDialogView } from './dialogs/open-dialog';
import { Header } from './header';
import { useStore } from './hooks';
import { MessageList } from './message-list';
import type { MessageQueue } from './messages';
import { ParticipantsPanel } from './participants-panel';
import { RowMenu, type RowAction } from './row-menu';
import { SecurityMenu } from './security-menu';
import { Stage } from './stage';
import { Toolbar } from './toolbar';
import type { OpenDialog, OpenMenu, Panels } from './ui-state';

export interface AppProps {
  meeting: MeetingCore;
  host: HostControls;
  runner: ScenarioRunner;
  toasts: MessageQueue;
  notices: MessageQueue;
  delay: number;
}

/** The practice meeting as the host sees it: header, stage, side panels, toolbar, popups. */
export function App({ meeting, host, runner, toasts, notices, delay }: AppProps) {
  const state = useStore(meeting);
  const drill = useStore(runner);
  const noticeList = useStore(notices);
  const toastList = useStore(toasts);
  const [menu, setMenu] = useState<OpenMenu>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [panels, setPanels] = useState<Panels>({ participants: true, chat: true });

  const closeMenu = useCallback(() => setMenu(null), []);
  const closeDialog = useCallback(() => setDialog(null), []);
  const onMore = useCallback((participantId: string, trigger: HTMLElement) => {
    setMenu((open) =>
      open?.kind === 'row' && open.participantId === participantId ? null : { kind: 'row', participantId, trigger },
    );
  }, []);
  const onSecurity = useCallback((trigger: HTMLElement) => {
    setMenu((open) => (open?.kind === 'security' ? null : { kind: 'security', trigger }));
  }, []);
  const togglePanel = (name: keyof Panels) => {
    // A closing roster takes its rows (and any row menu's trigger) out of the page.
    if (name === 'participants') setMenu((open) => (open?.kind === 'row' ? null : open));
    setPanels((open) => ({ ...open, [name]: !open[name] }));
  };
  const onRowAction = useCallback(
    (action: RowAction, id: string) => {
      setMenu(null);
      if (action === 'stop-share') host.stopShare(id);
      else if (action === 'mute') host.mute(id);
      else if (action === 'make-cohost' || action === 'withdraw-cohost') host.setCohost(id, action === 'make-cohost');
      else setDialog({ kind: action, participantId: id });
    },
    [host],
  );

  const rowMenuFor = menu?.kind === 'row' ? state.participants.find((p) => p.id === menu.participantId) : undefined;
  return (
    <div class="pm-app">
      <Header
        state={state}
        notices={noticeList}
        onDismissNotice={notices.dismiss}
        drill={drill}
        onStartScenario={runner.start}
      />
      <div class="pm-body">
        <Stage state={state} />
        {(panels.participants || panels.chat) && (
          <aside class="pm-side">
            {panels.participants && (
              <ParticipantsPanel
                state={state}
                openRowMenuFor={rowMenuFor?.id ?? null}
                onMore={onMore}
                onMuteAll={() => setDialog({ kind: 'mute-all' })}
                onClose={() => togglePanel('participants')}
              />
            )}
            {panels.chat && <ChatPanel state={state} onSend={host.chat} onClose={() => togglePanel('chat')} />}
          </aside>
        )}
      </div>
      <Toolbar
        count={state.participants.length}
        securityOpen={menu?.kind === 'security'}
        participantsOpen={panels.participants}
        chatOpen={panels.chat}
        onSecurity={onSecurity}
        onParticipants={() => togglePanel('participants')}
        onChat={() => togglePanel('chat')}
        onCosmetic={(what) => toasts.push('cosmetic', [`${what}: not available in the practice meeting`])}
      />
      {menu?.kind === 'security' && (
        <SecurityMenu
          settings={state.settings}
          trigger={menu.trigger}
          delay={delay}
          onClose={closeMenu}
          onToggle={host.setSetting}
          onSuspend={() => (setMenu(null), setDialog({ kind: 'suspend' }))}
        />
      )}
      {menu?.kind === 'row' && rowMenuFor && (
        <RowMenu
          participant={rowMenuFor}
          sharing={state.sharerId === rowMenuFor.id}
          trigger={menu.trigger}
          delay={delay}
          onClose={closeMenu}
          onAction={onRowAction}
        />
      )}
      <OpenDialogView dialog={dialog} state={state} host={host} close={closeDialog} />
      <MessageList id="pm-toasts" class="pm-toasts" itemClass="pm-toast" label="Notifications" messages={toastList} />
    </div>
  );
}
