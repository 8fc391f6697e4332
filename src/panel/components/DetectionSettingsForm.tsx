import { DETECTION_LIMITS as L, type DetectionSettings } from '../../shared/model/detection-settings';
import { t } from '../i18n';
import type { StoredValue } from '../stored-value';
import { useStoredValue } from '../use-stored-value';
import { HostileTextFieldset } from './HostileTextFieldset';
import { NumberField } from './NumberField';
import { RuleFieldset } from './RuleFieldset';
import { SaveStatus } from './SaveStatus';

type Rule = keyof DetectionSettings;

/** Which rules raise alerts, and their thresholds. Saved on change, like the other options. */
export function DetectionSettingsForm({ store }: { store: StoredValue<DetectionSettings> }) {
  const { value: s, status, edit } = useStoredValue(store);
  if (!s) return null;
  // Each change touches one rule of the value as stored, never a stale copy of the others.
  const patch =
    <K extends Rule>(rule: K) =>
    (change: Partial<DetectionSettings[K]>) =>
      edit((current) => ({ ...current, [rule]: { ...current[rule], ...change } }));
  const toggle = (rule: Rule) => (enabled: boolean) => patch(rule)({ enabled });

  return (
    <section aria-labelledby="detection-heading" data-testid="detection-settings">
      <h2 id="detection-heading">{t('opt_detection_heading')}</h2>
      <p class="form-note">{t('opt_detection_intro')}</p>
      <RuleFieldset
        id="join-burst"
        legend={t('opt_detection_join_burst_legend')}
        label={t('opt_detection_join_burst_on')}
        help={t('opt_detection_join_burst_help')}
        on={s.joinBurst.enabled}
        onToggle={toggle('joinBurst')}
      >
        <NumberField
          id="burst-joins"
          label={t('opt_detection_burst_joins')}
          value={s.joinBurst.joins}
          range={L.joins}
          onCommit={(joins) => patch('joinBurst')({ joins })}
        />
        <NumberField
          id="burst-window"
          label={t('opt_detection_window_seconds')}
          value={s.joinBurst.windowSeconds}
          range={L.windowSeconds}
          onCommit={(windowSeconds) => patch('joinBurst')({ windowSeconds })}
        />
      </RuleFieldset>
      <RuleFieldset
        id="share-tripwire"
        legend={t('opt_detection_tripwire_legend')}
        label={t('opt_detection_tripwire_on')}
        help={t('opt_detection_tripwire_help')}
        on={s.shareTripwire.enabled}
        onToggle={toggle('shareTripwire')}
      >
        <NumberField
          id="tripwire-fresh"
          label={t('opt_detection_fresh_seconds')}
          value={s.shareTripwire.freshJoinerSeconds}
          range={L.freshJoinerSeconds}
          onCommit={(freshJoinerSeconds) => patch('shareTripwire')({ freshJoinerSeconds })}
        />
      </RuleFieldset>
      <HostileTextFieldset
        text={s.hostileText}
        onChange={(change) => edit((current) => ({ ...current, hostileText: change(current.hostileText) }))}
      />
      <RuleFieldset
        id="impersonation"
        legend={t('opt_detection_impersonation_legend')}
        label={t('opt_detection_impersonation_on')}
        help={t('opt_detection_impersonation_help')}
        on={s.impersonation.enabled}
        onToggle={toggle('impersonation')}
      />
      <RuleFieldset
        id="rejoin"
        legend={t('opt_detection_rejoin_legend')}
        label={t('opt_detection_rejoin_on')}
        help={t('opt_detection_rejoin_help')}
        on={s.rejoin.enabled}
        onToggle={toggle('rejoin')}
      />
      <RuleFieldset
        id="chat-flood"
        legend={t('opt_detection_flood_legend')}
        label={t('opt_detection_flood_on')}
        help={t('opt_detection_flood_help')}
        on={s.chatFlood.enabled}
        onToggle={toggle('chatFlood')}
      >
        <NumberField
          id="flood-messages"
          label={t('opt_detection_flood_messages')}
          value={s.chatFlood.messages}
          range={L.chatMessages}
          onCommit={(messages) => patch('chatFlood')({ messages })}
        />
        <NumberField
          id="flood-window"
          label={t('opt_detection_window_seconds')}
          value={s.chatFlood.windowSeconds}
          range={L.windowSeconds}
          onCommit={(windowSeconds) => patch('chatFlood')({ windowSeconds })}
        />
      </RuleFieldset>
      <RuleFieldset
        id="expected-attendees"
        legend={t('opt_detection_expected_legend')}
        label={t('opt_detection_expected_on')}
        help={t('opt_detection_expected_help')}
        on={s.expectedAttendees.enabled}
        onToggle={toggle('expectedAttendees')}
      />
      <SaveStatus status={status} testId="detection-status" />
    </section>
  );
}
