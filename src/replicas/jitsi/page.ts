/*
 * Browser entry for e2e: served at a meet.jit.si room URL. The real index.html renders into
 * `div#react`; the conference sets `document.title` to "<room> | Jitsi Meet"
 * (conference/components/web/Conference.tsx, interface_config APP_NAME).
 */
import { optionsFromQuery } from '../replica';
import { mountReplica } from './client';

const options = optionsFromQuery(location.search);
document.documentElement.lang = options.lang ?? 'en';
const room = decodeURIComponent(location.pathname.replace(/^\/+/, '').split('/')[0] ?? '') || 'HostguardDrill';
document.title = `${room} | Jitsi Meet`;
const root = document.createElement('div');
root.id = 'react';
document.body.append(root);
window.__replica = mountReplica(root, options);
