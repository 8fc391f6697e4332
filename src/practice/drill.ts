import { startMeetingPage } from '../content/start-meeting-page';

// Opened from the panel as an extension page: run the same adapter a real meeting gets.
startMeetingPage(new URL(location.href));
