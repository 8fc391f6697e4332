import { useEffect } from 'preact/hooks';
import { t } from './i18n';
import { selectedSession } from './selectors';
import { usePanel, usePanelStore } from './use-panel';
import { Dialogs } from './components/Dialogs';
import { DrillButton } from './components/DrillButton';
import { DrillHistory } from './components/DrillHistory';
import { EmptyState } from './components/EmptyState';
import { LiveRegions } from './components/LiveRegions';
import { MeetingTitle } from './components/MeetingTitle';
import { MeetingView } from './components/MeetingView';
import { PanicButton } from './components/PanicButton';
import { ReportQueue } from './components/ReportQueue';
import { Shortcuts } from './components/Shortcuts';

/** The side panel: the meeting (or what Hostguard does), then reports and shortcuts. */
export function App() {
  const store = usePanelStore();
  const loaded = usePanel((s) => s.loaded);
  const loadError = usePanel((s) => s.loadError);
  const session = usePanel(selectedSession);

  // The host may come back from the browser's shortcut settings: show the new chords.
  useEffect(() => {
    const refresh = () => void store.getState().refreshShortcuts();
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [store]);

  return (
    <>
      {/* Sticky: PANIC stays on screen however far the host has scrolled. */}
      <header class="panel-header">
        <div class="title-line">
          <h1 class="brand">{t('extName')}</h1>
          {session && <MeetingTitle session={session} />}
        </div>
        {session && <PanicButton session={session} />}
      </header>
      <main class="panel-main">
        <LiveRegions />
        {loadError && <p class="error">{t('load_error', loadError.slice(0, 200))}</p>}
        {!loaded ? (
          <p class="empty-note">{t('loading')}</p>
        ) : session ? (
          <MeetingView session={session} />
        ) : (
          <EmptyState />
        )}
        <ReportQueue />
        <Shortcuts />
        {session && <DrillButton />}
        <DrillHistory />
      </main>
      <Dialogs />
    </>
  );
}
