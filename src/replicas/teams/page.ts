import { optionsFromQuery } from '../replica';
import { mountReplica } from './client';
import { MEETING_TOPIC } from './names';
import { stringsFor } from './strings';

/*
 * Browser entry for e2e, served at a Teams meeting URL (e.g.
 * https://teams.microsoft.com/v2/?meetingjoin=true). Teams titles its tab "<topic> | Microsoft
 * Teams" [inferred from the window title pattern].
 */
const options = optionsFromQuery(location.search);
document.documentElement.lang = options.lang === 'fr' ? 'fr-FR' : 'en-US';
document.title = `${MEETING_TOPIC}${stringsFor(options.lang).titleSuffix}`;
window.__replica = mountReplica(document.body, options);
