import type { Participant } from '../model/types';
import { MenuItem, MenuPopup } from './menu';

export type RowAction = 'stop-share' | 'mute' | 'make-cohost' | 'withdraw-cohost' | 'remove' | 'report';

interface Props {
  participant: Participant;
  sharing: boolean;
  trigger: HTMLElement;
  delay: number;
  onClose: () => void;
  onAction: (action: RowAction, participantId: string) => void;
}

/** A roster row's "More options" menu; what it offers depends on who the row is. */
export function RowMenu({ participant: p, sharing, trigger, delay, onClose, onAction }: Props) {
  const act = (action: RowAction) => () => onAction(action, p.id);
  return (
    <MenuPopup
      id="pm-row-menu"
      label="More options"
      trigger={trigger}
      delay={delay}
      onClose={onClose}
      placement="below"
      participantId={p.id}
      items={() => (
        <>
          {sharing && <MenuItem label="Stop share" onSelect={act('stop-share')} />}
          <MenuItem label="Mute" onSelect={act('mute')} />
          {p.role === 'participant' && <MenuItem label="Make co-host" onSelect={act('make-cohost')} />}
          {p.role === 'cohost' && <MenuItem label="Withdraw co-host permission" onSelect={act('withdraw-cohost')} />}
          {!p.self && <MenuItem label="Remove" danger onSelect={act('remove')} />}
          {!p.self && <MenuItem label="Report" onSelect={act('report')} />}
        </>
      )}
    />
  );
}
