import { usePanel } from '../use-panel';
import { EjectDialog } from './EjectDialog';
import { RaidSweepDialog } from './RaidSweepDialog';
import { ReportDialog } from './ReportDialog';

/** The one dialog open, if any; keyed so reopening for someone else starts fresh. */
export function Dialogs() {
  const dialog = usePanel((s) => s.dialog);
  if (!dialog) return null;
  if (dialog.kind === 'sweep') return <RaidSweepDialog key={`sweep:${dialog.tabId}`} dialog={dialog} />;
  if (dialog.kind === 'report') {
    return <ReportDialog key={`report:${dialog.tabId}:${dialog.participantIds.join(',')}`} dialog={dialog} />;
  }
  return <EjectDialog key={`eject:${dialog.tabId}:${dialog.participantId}`} dialog={dialog} />;
}
