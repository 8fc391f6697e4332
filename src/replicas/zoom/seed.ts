import type { ZoomModel } from './model';
import { HOST_NAME, remoteName } from './names';

/**
 * The meeting at mount: the host (self) and `count` remote participants. Every fourth joined
 * without signing in ("(Guest)", capture §8.3/§15); audio and video vary so rows differ.
 */
export function seedMeeting(model: ZoomModel, count: number): void {
  model.participants.push(model.create(HOST_NAME, 'host', { self: true }));
  for (let n = 0; n < count; n++) {
    model.participants.push(
      model.create(remoteName(n), 'participant', { guest: n % 4 === 3, muted: n % 3 !== 0, video: n % 2 === 0 }),
    );
  }
  model.changed('roster');
}
