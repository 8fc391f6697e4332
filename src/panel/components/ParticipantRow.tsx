import type { HostCommand } from '../../shared/actions';
import type { ActionId } from '../../shared/model/action';
import type { Participant } from '../../shared/model/participant';
import { displayText } from '../../shared/text/display-name';
import { formatTime, t } from '../i18n';
import type { ThreatBadgeKind } from '../incident';
import { actionLabel } from '../labels';
import { actionAvailable, canActOn, isPending } from '../selectors';
import { usePanel, usePanelStore } from '../use-panel';
import { composeFromParticipant } from '../report-compose';
import { ActionButton } from './ActionButton';
import { DisplayName } from './DisplayName';
import { FormerNames } from './FormerNames';
import { ParticipantBadges, type MarkAlerts } from './ParticipantBadges';
import { unavailableNoteId } from './RosterNotes';

interface ParticipantRowProps {
  tabId: number;
  capabilities: readonly ActionId[];
  participant: Participant;
  threats?: readonly ThreatBadgeKind[];
  markAlerts?: MarkAlerts;
  /** One line per person (incident or crowded roster): badges inline, small action buttons. */
  compact?: boolean;
}

/** One roster row: who, what they are doing, and the three per-person actions. */
export function ParticipantRow(props: ParticipantRowProps) {
  const { tabId, capabilities, participant: p, compact = false } = props;
  const store = usePanelStore();
  const stopShare: HostCommand = { kind: 'stop-share', participantId: p.id };
  const stopping = usePanel((s) => isPending(s, tabId, stopShare));
  const nameText = displayText(p.name);
  const named = (label: string) => t('row_action_name', [label, nameText]);
  const openEject = () => store.getState().openDialog({ kind: 'eject', tabId, participantId: p.id, name: p.name });
  const openReport = () => {
    const session = store.getState().sessions[tabId];
    if (session) store.getState().openDialog(composeFromParticipant(session, p.id, Date.now()));
  };
  const note = (kind: 'stop-share' | 'eject' | 'report') =>
    actionAvailable({ capabilities }, kind) ? undefined : unavailableNoteId(kind);
  const classes = [
    'participant',
    compact && 'participant--compact',
    !p.present && 'participant--left',
    p.sharing && p.present && 'participant--sharing',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li class={classes} data-testid="participant-row" data-participant-id={p.id}>
      <div class="participant-head">
        <DisplayName raw={p.name} class="participant-name" />
        <span class="participant-joined">{t('joined_at', formatTime(p.joinedAt))}</span>
      </div>
      <ParticipantBadges participant={p} threats={props.threats} markAlerts={props.markAlerts} />
      <FormerNames names={p.previousNames} />
      {canActOn(p) && p.present && (
        <div class="participant-actions">
          {p.sharing && (
            <ActionButton
              class="row-button row-button--urgent"
              label={named(actionLabel('stop-share'))}
              available={note('stop-share') === undefined}
              describedBy={note('stop-share')}
              pending={stopping}
              onActivate={() => void store.getState().send(tabId, stopShare)}
            >
              {actionLabel('stop-share')}
            </ActionButton>
          )}
          <ActionButton
            class="row-button"
            label={named(actionLabel('eject'))}
            available={note('eject') === undefined}
            describedBy={note('eject')}
            onActivate={openEject}
          >
            {actionLabel('eject')}
          </ActionButton>
          <ActionButton
            class="row-button"
            label={named(actionLabel('report'))}
            available={note('report') === undefined}
            describedBy={note('report')}
            onActivate={openReport}
          >
            {actionLabel('report')}
          </ActionButton>
        </div>
      )}
    </li>
  );
}
