import { DISPLAY_NAME_LIMITS, toDisplayName } from '../../shared/text/display-name';
import { t } from '../i18n';

interface DisplayNameProps {
  /** Raw, attacker-controlled text: rendered only as text children, never as markup or a URL. */
  raw: string;
  /**
   * `line` (default): one clipped line, for names standing alone. `inline`: wraps inside a
   * sentence (alerts, dialog titles). `block`: its own wrapping paragraph (details).
   */
  variant?: 'line' | 'inline' | 'block';
  /** Grapheme clusters shown (default DISPLAY_NAME_LIMITS.clusters). */
  max?: number;
  class?: string;
}

/**
 * A display name made safe to read in a crisis: bidi isolated, hidden characters shown as
 * `⟨U+…⟩` markers, cut to a fixed number of graphemes and clipped by CSS so nothing can widen
 * the panel. The full (still capped) text is in `title` for a closer look.
 */
export function DisplayName({ raw, variant = 'line', max, class: className }: DisplayNameProps) {
  const view = toDisplayName(raw, { maxClusters: max ?? DISPLAY_NAME_LIMITS.clusters });
  const titleClusters = Math.max(max ?? 0, DISPLAY_NAME_LIMITS.titleClusters);
  const full = view.truncated ? toDisplayName(raw, { maxClusters: titleClusters }).text : view.text;
  const classes = ['name', `name--${variant}`, className].filter(Boolean).join(' ');
  return (
    <bdi dir="auto" class={classes} title={full}>
      {view.looksBlank && <span class="name-marker">{t('name_blank')}</span>}
      {view.segments.map((segment, index) =>
        segment.kind === 'text' ? (
          segment.text
        ) : (
          <span key={index} class={`name-marker name-marker--${segment.hidden}`}>
            {segment.text}
          </span>
        ),
      )}
      {view.truncated && '…'}
    </bdi>
  );
}
