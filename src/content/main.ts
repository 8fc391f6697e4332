import { startMeetingPage } from './start-meeting-page';

// Content script entry: runs on meeting pages listed in the manifest.
startMeetingPage(new URL(location.href));
