import { SUGGESTED_COMMANDS } from '../../src/shared/actions';
import { shortcutOf } from '../support/shortcut';
import { expect, pressShortcut, test, type HostguardFixtures, type PracticeMeeting } from '../support/fixtures';
import { forgePageInput } from '../support/forgeries';
import { lockIndicator, logOf, practiceLog, shareView } from '../support/practice-host';
import type { StaticServer } from '../support/server';
import { serveTimeline } from '../support/timeline';

/** A meeting where an intruder is sharing, as the background sees it. */
async function sharingMeeting(server: StaticServer, openPractice: HostguardFixtures['openPractice']) {
  const script = serveTimeline(server, [
    { at: 0, type: 'join', id: 'bomber', name: 'Camille Bomber' },
    { type: 'share-start', id: 'bomber' },
  ]);
  const meeting = await openPractice({ script, autostart: true, delay: 0 });
  await expect(shareView(meeting.page)).toHaveAttribute('data-participant-id', 'bomber');
  await expect.poll(async () => (await meeting.session())?.participants.bomber?.sharing).toBe(true);
  return meeting;
}

/** The host types in the meeting chat: once it reaches the session, everything before it has too. */
async function hostChatReachesSession(meeting: PracticeMeeting): Promise<void> {
  await meeting.page.getByLabel('Type message here').fill('TEST barrier');
  await meeting.page.getByRole('button', { name: 'Send' }).click();
  await expect.poll(async () => (await meeting.session())?.recentChat.some((c) => c.from === 'p1')).toBe(true);
}

test('1,000 forged messages and synthetic events from the page make Hostguard do nothing', async ({
  server,
  openPractice,
}) => {
  const meeting = await sharingMeeting(server, openPractice);

  const posted = await meeting.page.evaluate(forgePageInput, {
    tabId: meeting.tabId,
    sharerId: 'bomber',
    count: 1_000,
    // Today's chords, taken from the registry the manifest is built from (K, Q, L, U).
    chordKeys: SUGGESTED_COMMANDS.map((command) => command.defaultShortcut.split('+').at(-1)!),
  });
  expect(posted).toBe(1_000);
  await hostChatReachesSession(meeting);

  const session = await meeting.session();
  expect(session?.actions).toEqual([]);
  expect(session?.panic).toBeUndefined();
  expect(Object.keys(session?.participants ?? {}).filter((id) => id.startsWith('forged'))).toEqual([]);
  // Not even rejected: nothing the page posts reaches the background at all.
  expect(session?.rejected).toBe(0);
  await expect(shareView(meeting.page)).toHaveAttribute('data-participant-id', 'bomber');
  await expect(lockIndicator(meeting.page)).toHaveCount(0);
  const changes = (await practiceLog(meeting.page)).filter((e) =>
    ['locked', 'suspended', 'setting-changed', 'share-stopped', 'removed'].includes(e.type),
  );
  expect(changes).toEqual([]);
});

// The content script stops itself on `pagehide`. A page script can dispatch that event too;
// if Hostguard believed it, the page could switch off its own moderation before a raid.
test('a synthetic pagehide from the page does not switch Hostguard off', async ({ server, openPractice }) => {
  const meeting = await sharingMeeting(server, openPractice);

  await meeting.page.evaluate(() => {
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    window.dispatchEvent(new Event('pagehide'));
  });
  await pressShortcut(meeting.page, shortcutOf('panic'));

  await expect(shareView(meeting.page)).toHaveCount(0);
  await expect(lockIndicator(meeting.page)).toBeVisible();
  expect(await logOf(meeting.page, 'share-stopped')).toEqual([expect.objectContaining({ detail: 'by-host' })]);
});
