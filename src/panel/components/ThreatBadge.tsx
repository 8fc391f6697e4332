import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { ThreatBadgeKind } from '../incident';
import { t } from '../i18n';

/** Literal keys, so the locale test sees them in code. */
const LABEL_KEYS: Record<ThreatBadgeKind, string> = {
  new: 'badge_new',
  unknown: 'badge_unknown',
  flagged: 'badge_flagged',
  impersonating: 'badge_impersonating',
  rejoined: 'badge_rejoined',
};

export const threatLabel = (kind: ThreatBadgeKind): string => t(LABEL_KEYS[kind]);

/**
 * A threat badge in words, focusable, with its reason in a tooltip shown on hover and on
 * keyboard focus (a `title` alone never shows on focus). The tooltip is the badge's
 * description, stays while the pointer moves onto it, and Escape hides it (WCAG 1.4.13).
 */
export function ThreatBadge({ kind, children }: { kind: ThreatBadgeKind; children: ComponentChildren }) {
  const tipId = useId();
  const [dismissed, setDismissed] = useState(false);
  return (
    <span
      class={`threat${dismissed ? ' threat--dismissed' : ''}`}
      data-threat={kind}
      onMouseLeave={() => setDismissed(false)}
    >
      <span
        class={`badge badge--threat badge--${kind}`}
        tabIndex={0}
        aria-describedby={tipId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDismissed(true);
        }}
        onBlur={() => setDismissed(false)}
      >
        {threatLabel(kind)}
      </span>
      <span role="tooltip" id={tipId} class="threat-tip">
        {children}
      </span>
    </span>
  );
}
