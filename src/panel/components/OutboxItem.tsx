import { useState } from 'preact/hooks';
import type { OutboxDestinationSummary, OutboxSummaryItem } from '../../shared/model/outbox';
import { formatTime, t } from '../i18n';
import { categoryLabel, platformName } from '../labels';
import { usePanelStore } from '../use-panel';
import { DisplayName } from './DisplayName';

const retryable = (d: OutboxDestinationSummary) => d.state === 'failed' || (d.state === 'queued' && d.attempts > 0);

function DestinationLine({ destination: d }: { destination: OutboxDestinationSummary }) {
  return (
    <li data-testid="outbox-destination" data-destination={d.destination} data-state={d.state}>
      <span class={`badge badge--delivery-${d.state}`}>{t(`delivery_${d.state}`)}</span>{' '}
      {t(`destination_${d.destination}`)}
      {d.deliveredAt !== undefined && <> · {formatTime(d.deliveredAt)}</>}
      {d.reason && <DisplayName raw={d.reason} variant="block" max={300} class="report-detail" />}
    </li>
  );
}

/**
 * One report in the outbox: each destination's state in words (queued, sending, delivered, or
 * failed with the reason), and the host's retry, delete and evidence-bundle controls.
 */
export function OutboxItem({ item }: { item: OutboxSummaryItem }) {
  const store = usePanelStore();
  const [confirming, setConfirming] = useState(false);
  const states = item.destinations.map((d) => d.state);
  const overall = states.includes('failed')
    ? 'failed'
    : states.every((s) => s === 'delivered')
      ? 'delivered'
      : 'queued';
  return (
    <li class={`report report--${overall}`} data-testid="outbox-item" data-key={item.key} data-state={overall}>
      <p class="report-head">
        <span>{categoryLabel(item.category)}</span>{' '}
        {item.names.map((name, index) => (
          <DisplayName key={index} raw={name} variant="inline" />
        ))}
      </p>
      <p class="report-meta">
        <DisplayName raw={item.meetingTitle} variant="inline" /> · {platformName(item.platform)} ·{' '}
        <time dateTime={new Date(item.createdAt).toISOString()}>{formatTime(item.createdAt)}</time>
      </p>
      <ul class="delivery-list">
        {item.destinations.map((d) => (
          <DestinationLine key={d.destination} destination={d} />
        ))}
      </ul>
      <div class="report-actions">
        {item.destinations.some(retryable) && (
          <button
            type="button"
            class="secondary-button"
            onClick={() => void store.getState().changeOutbox('retry', item.key)}
          >
            {t('outbox_retry')}
          </button>
        )}
        {!item.unsaved && (
          <button type="button" class="secondary-button" onClick={() => void store.getState().exportBundle(item.key)}>
            {t('outbox_bundle')}
          </button>
        )}
        {confirming ? (
          <button
            type="button"
            class="danger-button"
            onClick={() => void store.getState().changeOutbox('delete', item.key)}
          >
            {t('outbox_delete_confirm')}
          </button>
        ) : (
          <button type="button" class="secondary-button" onClick={() => setConfirming(true)}>
            {t('outbox_delete')}
          </button>
        )}
      </div>
    </li>
  );
}
