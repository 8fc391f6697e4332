import { useEffect, useReducer } from 'preact/hooks';
import type { HostCommand } from '../../shared/actions';
import type { Alert } from '../../shared/model/alert';
import type { MeetingSession } from '../../shared/model/session';
import { t } from '../i18n';
import { unavailableText } from '../labels';
import { lastJoinAt, RECENT_BURST_MS, recentBurst, sweepCandidates } from '../raid-sweep';
import { actionAvailable, isPending, selectedSession } from '../selectors';
import { usePanel, usePanelStore } from '../use-panel';
import { ActionButton } from './ActionButton';

/** Pending is kept per command kind for a sweep: one runs at a time in a meeting. */
const ANY_SWEEP: HostCommand = { kind: 'sweep', participantIds: [], blockRejoin: false };

interface SweepButtonProps {
  session: MeetingSession;
  burst: Alert;
  /** Unique per button: ids of its notes. */
  idBase: string;
  label: (count: number) => string;
  class: string;
}

/**
 * Opens the sweep dialog on this burst's candidates: absent when there are none, greyed out with
 * the platform's manual fallback where it cannot remove anyone.
 */
function SweepButton({ session, burst, idBase, label, class: className }: SweepButtonProps) {
  const store = usePanelStore();
  const pending = usePanel((s) => isPending(s, session.tabId, ANY_SWEEP));
  const candidates = sweepCandidates(session, burst);
  const supported = actionAvailable(session, 'sweep');
  const noteId = `${idBase}-note`;
  const note = supported ? '' : unavailableText('sweep', session);
  const open = () =>
    store.getState().openDialog({ kind: 'sweep', tabId: session.tabId, participantIds: candidates.map((p) => p.id) });
  // Nobody left to sweep (all gone, or swept already): history needs no button.
  if (candidates.length === 0) return null;
  return (
    <div class="sweep-action">
      <ActionButton
        class={className}
        testId={`${idBase}-button`}
        available={note === ''}
        pending={pending}
        describedBy={note ? noteId : undefined}
        onActivate={open}
      >
        {pending ? t('pending') : label(candidates.length)}
      </ActionButton>
      {note && (
        <p id={noteId} class="unavailable-note">
          {note}
        </p>
      )}
    </div>
  );
}

/** Re-renders when the burst stops being recent, so the button leaves on time without a poll. */
function useExpiry(at: number | undefined): void {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (at === undefined) return;
    const timer = setTimeout(rerender, Math.max(0, at - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [at]);
}

/** In the controls: sweep the raid that arrived in the last ten minutes, while anyone is left of it. */
export function RaidSweepButton({ session }: { session: MeetingSession }) {
  const burst = recentBurst(session, Date.now());
  useExpiry(burst && lastJoinAt(burst) + RECENT_BURST_MS);
  if (!burst) return null;
  return (
    <SweepButton
      session={session}
      burst={burst}
      idBase="raid-sweep"
      class="danger-button sweep-button"
      label={(count) => t('sweep_button', count)}
    />
  );
}

/**
 * On a join-burst alert: sweep exactly its joiners. Reads the alert from the session by id, since
 * the timeline keeps an alert's row once rendered and a raid still arriving grows the alert.
 */
export function BurstSweepButton({ alertId }: { alertId: string }) {
  const session = usePanel(selectedSession);
  const burst = session?.alerts.find((a) => a.id === alertId);
  if (!session || !burst) return null;
  return (
    <SweepButton
      session={session}
      burst={burst}
      idBase={`sweep-${alertId}`}
      class="secondary-button sweep-joiners"
      label={(count) => t('sweep_these_joiners', count)}
    />
  );
}
