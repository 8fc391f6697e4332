import type { ActionHandler } from '../../../adapter';
import { done, notVerified } from '../../../kit/run-step';
import { exclusive } from '../enumerate';
import { adapterStep, bail, confirmed } from '../../../kit/step';
import { LABELS } from '../labels';
import { rowName } from '../page';
import { sharerName } from '../sources';
import { chooseRowItem, findRow } from './roster';

/*
 * Teams has no "stop their share": an organizer makes the sharer an attendee, and attendees
 * cannot share (platforms-and-anchors.md T2: "Make an attendee" removes share rights). Verified
 * when the stage no longer shows a screen share under their name. Organizers and co-organizers
 * cannot be made attendees from the roster.
 */
export const stopShare: ActionHandler<'stop-share'> = (request, signal, doc = document) =>
  adapterStep(doc, () =>
    exclusive(doc, async () => {
      const row = await findRow(doc, request.participantId, signal);
      const name = rowName(row);
      if (!showsName(sharerName(doc), name)) return done('was not sharing');
      await chooseRowItem(
        doc,
        row,
        LABELS.makeAttendee,
        'the row menu (organizers cannot be made attendees)',
        signal,
      ).catch((error: unknown) => {
        if (error instanceof Error && /not offered/.test(error.message))
          bail('control-missing', 'Teams offers no "Make an attendee" for this person (an organizer?)');
        throw error;
      });
      const stopped = await confirmed(
        () => !showsName(sharerName(doc), name),
        'share gone from the stage',
        signal,
        undefined,
        doc.documentElement,
      );
      return stopped ? done('made an attendee: their share ended') : notVerified('the stage still shows their screen');
    }),
  );

/** The share's name tag names them (allowing a suffix such as "(Presenting)" [inferred]). */
function showsName(tag: string | null, name: string): boolean {
  return tag !== null && (tag === name || tag.startsWith(`${name} (`));
}
