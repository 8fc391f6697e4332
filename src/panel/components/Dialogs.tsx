import { usePanel } from '../use-panel';
import { EjectDialog } from './EjectDialog';
import { ReportDialog } from './ReportDialog';

/** The one dialog open, if any; keyed so reopening for someone else starts fresh. */
export function Dialogs() {
  const dialog = usePanel((s) => s.dialog);
  if (!dialog) return null;
  const key = `${dialog.kind}:${dialog.tabId}:${dialog.participantId}`;
  return dialog.kind === 'eject' ? (
    <EjectDialog key={key} dialog={dialog} />
  ) : (
    <ReportDialog key={key} dialog={dialog} />
  );
}
