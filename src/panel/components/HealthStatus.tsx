import type { Health } from '../../shared/model/health';
import { actionsLost } from '../../shared/model/health-parts';
import { lookup, msgKey, t } from '../i18n';
import { partLabel, platformName, stepLabel } from '../labels';

/** "Roster not found: open the participants panel in the meeting", or the generic form. */
function missingPartText(part: string): string {
  return lookup(msgKey('health_missing', part)) || t('health_missing_other', partLabel(part));
}

/** Whether the adapter can see the meeting's controls; a changed meeting UI shows up here, not as silence. */
export function HealthStatus({ health, platform }: { health: Health; platform: string }) {
  if (health.ok) {
    return (
      <p class="health health--ok" data-testid="health" data-ok="true">
        {t('health_ok')}
      </p>
    );
  }
  const missing = Object.entries(health.parts)
    .filter(([, found]) => !found)
    .map(([part]) => part);
  const lost = actionsLost(health.parts);
  return (
    <div class="health health--bad" data-testid="health" data-ok="false">
      <p>{t('health_bad')}</p>
      {lost.length > 0 && (
        <p class="health-lost" data-testid="health-lost">
          {t('health_lost', [platformName(platform), lost.map(stepLabel).join(', ')])}
        </p>
      )}
      {missing.length > 0 && (
        <ul>
          {missing.map((part) => (
            <li key={part}>{missingPartText(part)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
