import { t } from '../i18n';
import { platformName } from '../labels';

/** Where to report child sexual abuse material; constants, never page text. */
export const CHILD_SAFETY_LINES = [
  { key: 'child_safety_ncmec', href: 'https://report.cybertip.org/' },
  { key: 'child_safety_pharos', href: 'https://www.internet-signalement.gouv.fr/' },
  { key: 'child_safety_inhope', href: 'https://www.inhope.org/EN#hotlineReferral' },
] as const;

/**
 * Shown the moment the host picks "sexual content involving minors": why no image is kept,
 * and where to report instead (the platform first: only it holds the intruder's IP address).
 */
export function ChildSafetyNotice({ platform }: { platform: string }) {
  return (
    <div class="notice notice--safety" data-testid="child-safety-notice" role="note">
      <p>{t('report_no_images')}</p>
      <p>{t('child_safety_where')}</p>
      <ul class="report-paths">
        <li>{t('child_safety_platform', platformName(platform))}</li>
        {CHILD_SAFETY_LINES.map((line) => (
          <li key={line.key}>
            <a href={line.href} target="_blank" rel="noreferrer">
              {t(line.key)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
