import type { Announcement } from '../announcements';
import { t, tParts } from '../i18n';
import { actionLabel } from '../labels';
import { usePanel } from '../use-panel';
import { AlertText } from './AlertText';
import { DisplayName } from './DisplayName';

/** One announcement as words; says which meeting when it is not the one on screen. */
export function AnnouncementText({
  announcement: a,
  selectedTabId,
}: {
  announcement: Announcement;
  selectedTabId: number | null;
}) {
  const session = usePanel((s) => s.sessions[a.tabId]);
  const text = body(a, session?.participants);
  if (a.tabId === selectedTabId || !session) return <>{text}</>;
  return (
    <>{tParts('announce_other_meeting', [<DisplayName key="title" raw={session.title} variant="inline" />, text])}</>
  );
}

function body(a: Announcement, participants: Record<string, { name: string }> | undefined) {
  switch (a.kind) {
    case 'critical-alert': {
      const fallbackName = a.alert.participantId ? participants?.[a.alert.participantId]?.name : undefined;
      const alert = <AlertText key="alert" alert={a.alert} fallbackName={fallbackName} />;
      return a.more > 0 ? tParts('announce_more_alerts', [alert, a.more]) : alert;
    }
    case 'panic-finished':
      return a.failed === 0 ? t('announce_panic_ok', a.total) : t('announce_panic_failed', [a.failed, a.total]);
    case 'command-done':
      return t('announce_command_done', actionLabel(a.command));
    case 'command-failed':
      if (a.reason) return t('announce_command_unreachable', [actionLabel(a.command), a.reason.slice(0, 200)]);
      return a.failed > 0
        ? t('announce_command_failed', [actionLabel(a.command), a.failed])
        : t('announce_command_not_run', actionLabel(a.command));
    case 'report-prefilling':
      return tParts('announce_report_prefilling', [<DisplayName key="name" raw={a.name} variant="inline" />]);
    case 'report-queued':
      return t('announce_report_queued', a.count);
    case 'report-not-queued':
      return t('announce_report_not_queued', a.reason.slice(0, 200));
    case 'images-withheld':
      return t('announce_images_withheld');
    case 'images-not-withheld':
      return t('announce_images_not_withheld', a.reason.slice(0, 200));
    case 'bundle-failed':
      return t('announce_bundle_failed', a.reason.slice(0, 200));
  }
}
