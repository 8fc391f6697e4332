import type { MeetingAdapter } from '../../adapter';
import { healthOf } from '../../../shared/model/health';

// Placeholder until the practice adapter lands.
export const practiceAdapter: MeetingAdapter = {
  id: 'practice',
  matches: (url) => url.pathname.includes('/practice/'),
  probe: () => healthOf({}, [], Date.now()),
  title: () => 'Practice meeting',
  start: () => undefined,
  actions: {},
};
