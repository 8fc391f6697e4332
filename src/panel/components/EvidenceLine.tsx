import type { EvidenceStatus } from '../../shared/model/evidence';
import { t } from '../i18n';
import { usePanel } from '../use-panel';

/** What evidence goes with a report from this meeting, or plainly why capture is not armed. */
export function EvidenceLine({ meetingId }: { meetingId: string }) {
  const status: EvidenceStatus | undefined = usePanel((s) => s.evidence[meetingId]);
  const shortcut = usePanel((s) => s.shortcuts?.find((c) => c.name === 'panic')?.shortcut ?? '');
  if (status?.reason === 'stopped-child-safety') {
    return (
      <p class="hint" data-testid="evidence-line">
        {t('evidence_withheld')}
      </p>
    );
  }
  const frames = status?.frames ?? 0;
  const armed = status !== undefined && (status.armed || status.source === 'share');
  return (
    <p class={armed ? 'hint' : 'notice'} data-testid="evidence-line" data-armed={String(armed)}>
      {armed ? t('evidence_frames', frames) : t('evidence_not_armed', shortcut || t('shortcut_unassigned_short'))}
    </p>
  );
}
