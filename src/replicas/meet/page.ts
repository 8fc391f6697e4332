import { optionsFromQuery } from '../replica';
import { mountMeetReplica, type MeetReplicaOptions } from './client';

/*
 * Browser entry for e2e, served at https://meet.google.com/<code>. Besides the common query
 * options: `?attributes=aria-only` (no data-* / jsname) and `?people=show-everyone` (older label).
 */
const params = new URLSearchParams(location.search);
const code = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})$/.exec(location.pathname)?.[1] ?? 'abc-defg-hij';
const options: MeetReplicaOptions = {
  ...optionsFromQuery(location.search),
  meetingCode: code,
  ...(params.get('attributes') === 'aria-only' ? { attributes: 'aria-only' as const } : {}),
  ...(params.get('people') === 'show-everyone' ? { peopleButton: 'show-everyone' as const } : {}),
};
document.documentElement.lang = options.lang ?? 'en';
// Meet's tab title is "Meet - <meeting code>" (or the calendar event's title).
document.title = `Meet - ${code}`;
window.__replica = mountMeetReplica(document.body, options);
