import { optionsFromQuery } from '../replica';
import { mountReplica } from './client';
import { stringsFor } from './strings';

/*
 * Browser entry, served at https://app.zoom.us/wc/<id>/join. In the Zoom Workplace shell the
 * meeting client runs in a same-origin `iframe.pwa-webclient__iframe` (meeting-dom.md §1.0;
 * shell capture file #71358233862: `div.pwa-webclient__iframe-wrapper` >
 * `iframe#webclient.pwa-webclient__iframe[role=presentation]`). So the top frame renders that
 * shell around an iframe of the same URL plus `inner=1`, which mounts the client. `standalone=1`
 * mounts the full-viewport client directly (capture §16).
 */
const params = new URLSearchParams(location.search);
const options = optionsFromQuery(location.search);
const lang = options.lang ?? 'en';
document.documentElement.lang = lang;
document.title = stringsFor(lang).docTitle;

const framed = window.top !== null && window.top !== window;
if (framed || params.get('inner') === '1' || params.get('standalone') === '1') {
  const control = mountReplica(document.body, options);
  window.__replica = control;
  // Same origin: e2e scripts the meeting from the top page, as the shell's own code could.
  if (framed && window.top) window.top.__replica = control;
} else {
  renderShell();
}

function renderShell(): void {
  const inner = new URL(location.href);
  inner.searchParams.set('inner', '1');
  const iframe = document.createElement('iframe');
  iframe.id = 'webclient';
  iframe.className = 'pwa-webclient__iframe';
  iframe.setAttribute('role', 'presentation');
  iframe.setAttribute('style', 'border: none; display: block; width: 100%; height: 100%;');
  iframe.src = inner.href;
  const wrapper = document.createElement('div');
  wrapper.className = 'pwa-webclient__iframe-wrapper';
  wrapper.setAttribute('style', 'position: absolute; inset: 68px 0 0 80px;');
  wrapper.append(iframe);
  const shell = document.createElement('div');
  shell.className = 'pwa-webclient';
  shell.append(wrapper);
  document.body.append(shell);
}
