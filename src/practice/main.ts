import { mountPracticeMeeting } from './mount';

const root = document.getElementById('app');
if (root) mountPracticeMeeting(root, new URLSearchParams(location.search));

// Opened from the panel as an extension page ("Run a drill"): start the same adapter a real
// meeting gets. On localhost the test build's content script does that instead.
if (location.protocol.endsWith('-extension:')) void import('./drill');
