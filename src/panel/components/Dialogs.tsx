import { usePanel } from '../use-panel';
import { EjectDialog } from './EjectDialog';
import { RaidSweepDialog } from './RaidSweepDialog';
import { ReportDialog } from './ReportDialog';

/** The one dialog open, if any; keyed so reopening for someone else starts fresh. */
export function Dialogs() {
  const dialog = usePanel((s) => s.dialog);
  if (!dialog) return null;
  if (dialog.kind === 'sweep') return <RaidSweepDialog key={`sweep:${dialog.tabId}`} dialog={dialog} />;
  const key = `${dialog.kind}:${dialog.tabId}:${dialog.participantId}`;
  return dialog.kind === 'eject' ? (
    <EjectDialog key={key} dialog={dialog} />
  ) : (
    <ReportDialog key={key} dialog={dialog} />
  );
}
