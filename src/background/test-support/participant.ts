import type { Participant } from '../../shared/model/participant';

/** A present participant as the background remembers them; tests override what matters. */
export const participant = (id: string, extra: Partial<Participant> = {}): Participant => ({
  id,
  name: id,
  role: 'participant',
  self: false,
  sharing: false,
  joinedAt: 0,
  present: true,
  previousNames: [],
  ...extra,
});
