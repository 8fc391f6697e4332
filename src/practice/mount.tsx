import { render } from 'preact';
import { createPracticeLog, exposeLog } from './log';
import { hostControls, inertControls } from './model/host';
import { createMeetingCore } from './model/meeting';
import { remoteParticipants } from './model/remote';
import { BASE_ROSTER } from './names';
import { readParams } from './params';
import { createScenarioRunner } from './scenarios/runner';
import { App } from './ui/app';
import { noticeFor, toastFor } from './ui/log-messages';
import { createMessageQueue } from './ui/messages';

export interface PracticeMeeting {
  /** Remote participants, for unit tests only: no page script can reach this handle. */
  remote: ReturnType<typeof remoteParticipants>;
  unmount(): void;
}

/**
 * Mounts the practice meeting into `root`, configured by URL-style parameters. Used by main.ts
 * and by tests; the meeting changes only through its own UI and its scripted participants (the
 * returned `remote` lets unit tests script them; no page script can reach it).
 */
export function mountPracticeMeeting(root: HTMLElement, params: URLSearchParams): PracticeMeeting {
  const options = readParams(params);
  const win = root.ownerDocument.defaultView ?? window;
  const log = createPracticeLog();
  const unexpose = exposeLog(log, win);
  const meeting = createMeetingCore(log, BASE_ROSTER);
  const host = options.inert ? inertControls(hostControls(meeting)) : hostControls(meeting);
  const toasts = createMessageQueue({ max: 5, ttlMs: 4_000, fold: false });
  const notices = createMessageQueue({ max: 4, ttlMs: null, fold: true });
  const unsubscribe = log.subscribe((entry) => {
    const toast = toastFor(entry);
    if (toast) toasts.push(...toast);
    const notice = noticeFor(entry);
    if (notice) notices.push(...notice);
  });
  const runner = createScenarioRunner(options, win.location.href, remoteParticipants(meeting), log);
  render(
    <App meeting={meeting} host={host} runner={runner} toasts={toasts} notices={notices} delay={options.delay} />,
    root,
  );
  return {
    remote: remoteParticipants(meeting),
    unmount() {
      runner.stop();
      unsubscribe();
      toasts.dispose();
      notices.dispose();
      render(null, root);
      unexpose();
    },
  };
}
