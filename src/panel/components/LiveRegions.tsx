import { isAssertive } from '../announcements';
import { t } from '../i18n';
import { selectedTabId } from '../selectors';
import { usePanel, usePanelStore } from '../use-panel';
import { AnnouncementText } from './AnnouncementText';

/**
 * Two always-present live regions (a region added with its text is often not read): an
 * assertive one for critical alerts, a polite one for results. Both are visible too, so a
 * sighted host sees the latest without scrolling.
 */
export function LiveRegions() {
  const store = usePanelStore();
  const announcements = usePanel((s) => s.announcements);
  const dismissedUpTo = usePanel((s) => s.dismissedUpTo);
  const selected = usePanel(selectedTabId);
  const critical = announcements.findLast((a) => isAssertive(a) && a.id > dismissedUpTo);
  const polite = announcements.findLast((a) => !isAssertive(a));
  return (
    <div class="live-regions">
      <div class={critical ? 'banner banner--critical' : 'banner'}>
        <p class="live" aria-live="assertive" aria-atomic="true" data-testid="live-critical">
          {critical && <AnnouncementText key={critical.id} announcement={critical} selectedTabId={selected} />}
        </p>
        {critical && (
          <button
            type="button"
            class="banner-dismiss"
            onClick={() => store.getState().dismissAnnouncement(critical.id)}
          >
            {t('dismiss')}
          </button>
        )}
      </div>
      <p class="live live--polite" role="status" aria-live="polite" aria-atomic="true" data-testid="live-status">
        {polite && <AnnouncementText key={polite.id} announcement={polite} selectedTabId={selected} />}
      </p>
    </div>
  );
}
