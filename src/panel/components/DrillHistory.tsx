import type { DrillRecord } from '../../shared/model/drill';
import { formatTime, t } from '../i18n';
import { ruleLabel } from '../moderation-log/log-labels';
import { usePanel } from '../use-panel';

/** Drills shown: enough to see a trend, short enough for a side panel. */
const SHOWN = 8;

const attackName = (drill: DrillRecord) => ruleLabel(drill.attack);
const how = (drill: DrillRecord) =>
  drill.by === 'rule' ? t('drill_by_shield') : drill.by === 'shortcut' ? t('drill_by_shortcut') : t('drill_by_panel');

/**
 * The host's rehearsals on the practice meeting, timed from the attack's first sign to the
 * meeting contained, with Shield or by hand, so co-hosts can rehearse the shortcuts and compare.
 */
export function DrillHistory() {
  const drills = usePanel((s) => s.drills);
  if (drills.length === 0) return null;
  const best = Math.min(...drills.filter((d) => d.by !== 'rule').map((d) => d.containedMs));
  return (
    <section class="drill-history" aria-labelledby="drill-history-heading" data-testid="drill-history">
      <h2 id="drill-history-heading">{t('drill_history_heading')}</h2>
      <ol class="drill-list">
        {drills.slice(0, SHOWN).map((drill) => (
          <li key={drill.id} class="drill-item" data-by={drill.by} data-shield={String(drill.shield)}>
            <span class="drill-time">{formatTime(drill.at)}</span>{' '}
            <span class="drill-what">
              {t('drill_line', [attackName(drill), (drill.containedMs / 1000).toFixed(1), how(drill)])}
              {drill.shield && drill.by !== 'rule' && ` ${t('drill_shield_on')}`}
            </span>
          </li>
        ))}
      </ol>
      {Number.isFinite(best) && <p class="hint">{t('drill_best_by_hand', (best / 1000).toFixed(1))}</p>}
    </section>
  );
}
