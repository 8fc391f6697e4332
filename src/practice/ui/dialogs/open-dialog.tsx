import type { HostControls } from '../../model/host';
import type { MeetingState } from '../../model/types';
import type { OpenDialog } from '../ui-state';
import { MuteAllDialog, RemoveDialog, SuspendDialog } from './confirm-dialogs';
import { ReportDialog } from './report-dialog';

interface Props {
  dialog: OpenDialog;
  state: MeetingState;
  host: HostControls;
  close: () => void;
}

/** Renders the open dialog, if any; a dialog about someone who has left closes itself. */
export function OpenDialogView({ dialog, state, host, close }: Props) {
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'suspend':
      return <SuspendDialog onCancel={close} onSuspend={() => (host.suspend(), close())} />;
    case 'mute-all':
      return <MuteAllDialog onCancel={close} onContinue={(allowUnmute) => (host.muteAll(allowUnmute), close())} />;
  }
  const participant = state.participants.find((p) => p.id === dialog.participantId);
  if (!participant) return null;
  if (dialog.kind === 'remove') {
    return (
      <RemoveDialog
        participant={participant}
        onCancel={close}
        onRemove={(blockRejoin) => (host.remove(participant.id, blockRejoin), close())}
      />
    );
  }
  return (
    <ReportDialog
      key={participant.id}
      participant={participant}
      onCancel={close}
      onSubmit={(category, description, alsoRemove) => {
        // Toast and close land in the same render, so "Report sent" shows as the dialog goes.
        host.report(participant.id, category, description, alsoRemove);
        close();
      }}
    />
  );
}
