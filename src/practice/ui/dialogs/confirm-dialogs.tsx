import { useRef } from 'preact/hooks';
import type { Participant } from '../../model/types';
import { Checkbox, Dialog, DialogButton } from './dialog';

interface CancelProps {
  onCancel: () => void;
}

export function RemoveDialog({
  participant,
  onRemove,
  onCancel,
}: CancelProps & {
  participant: Participant;
  onRemove: (blockRejoin: boolean) => void;
}) {
  const blockRejoin = useRef<HTMLInputElement>(null);
  return (
    <Dialog
      id="pm-remove-dialog"
      participantId={participant.id}
      title={
        <>
          Remove <bdi class="pm-name">{participant.name}</bdi>?
        </>
      }
      onCancel={onCancel}
      actions={
        <>
          <DialogButton label="Cancel" onClick={onCancel} />
          <DialogButton label="Remove" kind="danger" onClick={() => onRemove(blockRejoin.current?.checked === true)} />
        </>
      }
    >
      <Checkbox name="block-rejoin" label="Don't allow to rejoin" defaultChecked={false} inputRef={blockRejoin} />
    </Dialog>
  );
}

export function MuteAllDialog({ onContinue, onCancel }: CancelProps & { onContinue: (allowUnmute: boolean) => void }) {
  const allowUnmute = useRef<HTMLInputElement>(null);
  return (
    <Dialog
      id="pm-mute-all-dialog"
      title="Mute all current and new participants"
      onCancel={onCancel}
      actions={
        <>
          <DialogButton label="Cancel" onClick={onCancel} />
          <DialogButton
            label="Continue"
            kind="primary"
            onClick={() => onContinue(allowUnmute.current?.checked === true)}
          />
        </>
      }
    >
      <Checkbox
        name="allow-unmute"
        label="Allow participants to unmute themselves"
        defaultChecked
        inputRef={allowUnmute}
      />
    </Dialog>
  );
}

export function SuspendDialog({ onSuspend, onCancel }: CancelProps & { onSuspend: () => void }) {
  return (
    <Dialog
      id="pm-suspend-dialog"
      title="Suspend participant activities?"
      onCancel={onCancel}
      actions={
        <>
          <DialogButton label="Cancel" onClick={onCancel} />
          <DialogButton label="Suspend" kind="danger" onClick={onSuspend} />
        </>
      }
    >
      <p class="pm-dialog__text">
        Everyone's video, audio and screen sharing will stop, and the meeting will be locked. Chat and renaming are
        turned off.
      </p>
    </Dialog>
  );
}
