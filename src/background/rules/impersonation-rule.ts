import { isModerator } from '../../shared/model/participant';
import type { MeetingSession } from '../../shared/model/session';
import { hidesCharacters } from '../../shared/text/display-name';
import { defineRule, type AlertDraft } from './rule';
import { nameSkeleton } from './name-skeleton';
import { newNames, type NamedParticipant } from './new-names';

/**
 * Impersonation: a name whose UTS #39 skeleton equals a host's or co-host's (even spelled the
 * same: two "hosts" is the trick), or another participant's while spelled differently ("Раul"
 * with Cyrillic letters); and names carrying invisible or text-direction characters.
 */
export const impersonationRule = defineRule({
  name: 'impersonation',
  on: ['joined', 'renamed', 'roster'],
  evaluate: ({ session, event, policy }) => {
    if (!policy.detection.impersonation.enabled) return [];
    // Moderators and the host's own row are not suspects (their role comes from the client's label).
    const arriving = newNames(session, event).filter((p) => !p.self && !isModerator(p));
    if (arriving.length === 0) return [];
    const index = skeletonIndex(session, new Set(arriving.map((p) => p.id)));
    return arriving.flatMap((p) => judge(p, index));
  },
});

interface Indexed {
  byModerator: Map<string, string>;
  byParticipant: Map<string, string>;
}

/** Skeleton -> shown name, for the moderators and for everyone else present. */
function skeletonIndex(session: MeetingSession, excluded: ReadonlySet<string>): Indexed {
  const byModerator = new Map<string, string>();
  const byParticipant = new Map<string, string>();
  for (const p of Object.values(session.participants)) {
    if (excluded.has(p.id)) continue;
    if (isModerator(p) || p.self) byModerator.set(nameSkeleton(p.name), p.name);
    else if (p.present) byParticipant.set(nameSkeleton(p.name), p.name);
  }
  return { byModerator, byParticipant };
}

function judge({ id, name }: NamedParticipant, { byModerator, byParticipant }: Indexed): AlertDraft[] {
  const base = { participantId: id, name };
  const skeleton = nameSkeleton(name);
  const moderator = skeleton ? byModerator.get(skeleton) : undefined;
  const peer = skeleton ? byParticipant.get(skeleton) : undefined;
  const alerts: AlertDraft[] = [];
  if (moderator !== undefined) {
    alerts.push({ ...base, kind: 'impersonation', severity: 'critical', values: { lookalike: moderator } });
  } else if (peer !== undefined && peer !== name) {
    alerts.push({ ...base, kind: 'impersonation', severity: 'warning', values: { lookalike: peer } });
  }
  if (hidesCharacters(name)) alerts.push({ ...base, kind: 'hidden-characters', severity: 'warning' });
  return alerts;
}
