import { formatTime, t } from '../i18n';
import type { LogEntry } from '../moderation-log/entries';
import { DisplayName } from './DisplayName';

/** `detail` is English from the adapter and may quote page text: shown as page text, capped. */
const DETAIL_CLUSTERS = 300;

const STATE_KEYS = { ok: 'result_state_ok', failed: 'result_state_failed', waiting: 'result_state_waiting' } as const;

const Time = ({ at }: { at: number }) => <time dateTime={new Date(at).toISOString()}>{formatTime(at)}</time>;

/** One entry: when and what, then who acted, on whom, why, and the result, as a term list. */
export function ModerationLogItem({ entry, reverses }: { entry: LogEntry; reverses: LogEntry | undefined }) {
  const { state } = entry.result;
  return (
    <li class={`modlog-entry result--${state}`} data-testid="log-entry" data-state={state}>
      <p class="modlog-entry-head">
        <Time at={entry.at} /> <span class={`badge badge--${state}`}>{t(STATE_KEYS[state])}</span>{' '}
        <span class="modlog-action">{entry.action.label}</span>
        {entry.reversed && (
          <>
            {' '}
            <span class="badge badge--undone">{t('undo_done')}</span>
          </>
        )}
      </p>
      <dl class="modlog-facts">
        <dt>{t('log_field_actor')}</dt>
        <dd>{entry.actor.label}</dd>
        {entry.target && (
          <>
            <dt>{t('log_field_target')}</dt>
            <dd>
              <DisplayName raw={entry.target.name} />
            </dd>
          </>
        )}
        <dt>{t('log_field_reason')}</dt>
        <dd>{entry.reason.label}</dd>
        <dt>{t('log_field_result')}</dt>
        <dd>
          {entry.result.label}
          {entry.result.detail && (
            <DisplayName raw={entry.result.detail} variant="block" max={DETAIL_CLUSTERS} class="result-detail" />
          )}
        </dd>
      </dl>
      {reverses && <p class="modlog-reverses">{t('log_reverses', [reverses.action.label, formatTime(reverses.at)])}</p>}
    </li>
  );
}
