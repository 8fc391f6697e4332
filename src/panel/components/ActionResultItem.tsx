import type { ActionRecord } from '../../shared/model/session';
import { formatTime, t } from '../i18n';
import { ruleLabel } from '../moderation-log/log-labels';
import { describeRecord } from '../labels';
import { DisplayName } from './DisplayName';
import { UndoButton } from './UndoButton';

/** `detail` is English from the adapter and may quote page text: shown as page text, capped. */
const DETAIL_CLUSTERS = 300;

/** One step: ok / failed / waiting in words, what it means for the host, the detail and timing. */
export function ActionResultItem({
  record,
  who,
  platform,
}: {
  record: ActionRecord;
  who: string | undefined;
  platform: string;
}) {
  const { title, message, failed } = describeRecord(record, platform);
  const state = failed ? 'failed' : record.result.ok ? 'ok' : 'waiting';
  const stateLabel =
    state === 'failed' ? t('result_state_failed') : state === 'ok' ? t('result_state_ok') : t('result_state_waiting');
  return (
    <li class={`result result--${state}`} data-testid="action-result" data-state={state} data-step={record.step}>
      <p class="result-head">
        <span class={`badge badge--${state}`}>{stateLabel}</span> <span class="result-title">{title}</span>
        {who !== undefined && (
          <>
            {' · '}
            <DisplayName raw={who} />
          </>
        )}
      </p>
      <p class="result-message">{message}</p>
      {record.origin === 'rule' && record.trigger && (
        <p class="result-rule" data-testid="result-rule">
          {t('result_by_rule', ruleLabel(record.trigger.alertKind))}
        </p>
      )}
      {record.result.detail && (
        <DisplayName raw={record.result.detail} variant="block" max={DETAIL_CLUSTERS} class="result-detail" />
      )}
      <p class="result-meta">
        <time dateTime={new Date(record.at).toISOString()}>{formatTime(record.at)}</time>
        {' · '}
        {t('duration_ms', Math.round(record.result.ms))}
      </p>
      {(record.undo || record.undoneBy !== undefined) && (
        <div class="result-undo">
          <UndoButton record={record} title={title} />
        </div>
      )}
    </li>
  );
}
