import { t } from '../i18n';
import {
  actorLabel,
  hostActionLabel,
  isTextCategory,
  reasonLabel,
  textCategoryLabel,
} from '../moderation-log/log-labels';
import type { ActorKey, LogTotals, ReasonKey } from '../moderation-log/totals';
import type { AlertKind } from '../../shared/model/alert';

const actorKeyLabel = (key: ActorKey): string =>
  key === 'panel' || key === 'shortcut'
    ? actorLabel(key)
    : actorLabel('rule', key === 'rule' ? undefined : (key.slice('rule:'.length) as AlertKind));

const reasonKeyLabel = (key: ReasonKey): string =>
  key === 'host-decision' ? reasonLabel(undefined) : isTextCategory(key) ? textCategoryLabel(key) : reasonLabel(key);

type Row = [label: string, count: number];

function Group({ heading, rows }: { heading: string; rows: Row[] }) {
  if (rows.length === 0) return null;
  return (
    <tbody>
      <tr>
        <th scope="rowgroup" colSpan={2} class="modlog-group">
          {heading}
        </th>
      </tr>
      {rows.map(([label, count]) => (
        <tr key={label}>
          <th scope="row">{label}</th>
          <td>{count.toLocaleString()}</td>
        </tr>
      ))}
    </tbody>
  );
}

/** The log's figures as one small table: outcomes, then counts by action, actor and reason. */
export function ModerationLogTotals({ totals }: { totals: LogTotals }) {
  const outcome: Row[] = [
    [t('result_state_ok'), totals.outcomes.ok],
    [t('result_state_failed'), totals.outcomes.failed],
    [t('result_state_waiting'), totals.outcomes.waiting],
    [t('undo_done'), totals.reversals.reversed],
  ];
  const rows = <K extends string>(counts: Partial<Record<K, number>>, label: (key: K) => string): Row[] =>
    (Object.entries(counts) as [K, number][]).map(([key, count]) => [label(key), count]);
  return (
    <table class="modlog-totals" data-testid="log-totals">
      <caption>{t('log_totals_caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('log_totals_kind')}</th>
          <th scope="col">{t('log_totals_count')}</th>
        </tr>
      </thead>
      <Group heading={t('log_totals_outcome')} rows={outcome} />
      <Group heading={t('log_totals_by_action')} rows={rows(totals.byAction, hostActionLabel)} />
      <Group heading={t('log_totals_by_actor')} rows={rows(totals.byActor, actorKeyLabel)} />
      <Group heading={t('log_totals_by_reason')} rows={rows(totals.byReason, reasonKeyLabel)} />
    </table>
  );
}
