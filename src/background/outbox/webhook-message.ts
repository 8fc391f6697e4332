import type { WebhookFlavour } from '../../shared/model/destinations';
import type { PlatformId } from '../../shared/model/platform';
import type { ReportCategory } from '../../shared/model/report';
import type { WireReport } from '../../shared/report-wire/schema';
import { capUnits, escapeMarkup, inertText } from './chat-text';

/**
 * The heads-up a co-host or safety lead reads in chat: what, where, who, when, how much
 * evidence and which chain, and the host's note. Text only: no image and no URL ever goes to a
 * chat (the evidence stays with the receiver). Bounded to fit Discord's 2,000 characters.
 */
export const CHAT_LIMITS = Object.freeze({
  names: 5,
  nameClusters: 48,
  nameUnits: 160,
  titleClusters: 96,
  titleUnits: 240,
  noteClusters: 400,
  noteUnits: 800,
  messageUnits: 1_900,
});

const CATEGORY_LABELS: Record<ReportCategory, string> = {
  sexual: 'Sexual content',
  'sexual-minors': 'Sexual content involving a minor (hashes only, no images)',
  hate: 'Hate',
  violence: 'Violence or threats',
  harassment: 'Harassment',
  spam: 'Spam or disruption',
  other: 'Other',
};

const PLATFORM_LABELS: Record<PlatformId, string> = {
  practice: 'Hostguard practice meeting',
  zoom: 'Zoom',
  meet: 'Google Meet',
  teams: 'Microsoft Teams',
  jitsi: 'Jitsi Meet',
};

const utc = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19);

export function timeWindow(from: number, to: number): string {
  const [start, end] = [utc(from), utc(to)];
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  return `${start} – ${sameDay ? end.slice(11) : end} UTC`;
}

function peopleLine(report: WireReport, flavour: WebhookFlavour): string {
  const { participants } = report;
  if (participants.length === 0) return 'People: none named';
  const names = participants
    .slice(0, CHAT_LIMITS.names)
    .map((p) => capUnits(inertText(p.name, flavour, CHAT_LIMITS.nameClusters), CHAT_LIMITS.nameUnits));
  const more = participants.length > CHAT_LIMITS.names ? ` (+${participants.length - CHAT_LIMITS.names} more)` : '';
  return `People: ${names.join(', ')}${more}`;
}

export function chatLines(report: WireReport, meetingTitle: string, flavour: WebhookFlavour): string[] {
  const title = capUnits(
    inertText(meetingTitle || report.meeting.title, flavour, CHAT_LIMITS.titleClusters),
    CHAT_LIMITS.titleUnits,
  );
  const { entries, chainHead } = report.evidence;
  const note = report.note.trim();
  const lines = [
    `Hostguard report: ${escapeMarkup(CATEGORY_LABELS[report.category], flavour)}`,
    `Meeting: ${title || 'untitled'} (${PLATFORM_LABELS[report.meeting.platform]})`,
    peopleLine(report, flavour),
    `When: ${timeWindow(report.window.from, report.window.to)}`,
    `Evidence: ${entries.length} ${entries.length === 1 ? 'item' : 'items'}, chain head ${chainHead.slice(0, 16)}`,
  ];
  if (note)
    lines.push(`Note: ${capUnits(inertText(note, flavour, CHAT_LIMITS.noteClusters, true), CHAT_LIMITS.noteUnits)}`);
  return lines;
}

/** Teams' Adaptive Card TextBlock needs a blank line for a line break outside lists. */
export function chatMessage(report: WireReport, meetingTitle: string, flavour: WebhookFlavour): string {
  const separator = flavour === 'teams' ? '\n\n' : '\n';
  return capUnits(chatLines(report, meetingTitle, flavour).join(separator), CHAT_LIMITS.messageUnits);
}
