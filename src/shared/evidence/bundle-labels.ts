import { REPORT_CATEGORIES, REPORT_CATEGORY_NAMES, type ReportCategory } from '../model/report';

/**
 * Every string of the bundle's summary.html, in the host's language. The panel builds them with
 * `bundleLabelsFrom(browser.i18n.getMessage)`; the English set is the fallback and the tests' set.
 */
export interface BundleLabels {
  title: string;
  intro: string;
  hiddenCharacters: string;
  meeting: string;
  platform: string;
  meetingTitle: string;
  meetingId: string;
  category: string;
  categories: Record<ReportCategory, string>;
  window: string;
  createdAt: string;
  note: string;
  none: string;
  participants: string;
  name: string;
  role: string;
  participantId: string;
  alerts: string;
  time: string;
  kind: string;
  reason: string;
  actions: string;
  action: string;
  step: string;
  origin: string;
  result: string;
  ok: string;
  failed: string;
  detail: string;
  evidence: string;
  seq: string;
  mediaType: string;
  size: string;
  sha256: string;
  file: string;
  hashOnly: string;
  chain: string;
  chainHead: string;
  chainHow: string;
  imagesWithheldTitle: string;
  imagesWithheld: string;
  whereToReport: string;
  hotlineNcmec: string;
  hotlinePharos: string;
  hotlineInhope: string;
  hotlinePlatform: string;
}

export const ENGLISH_BUNDLE_LABELS: BundleLabels = Object.freeze({
  title: 'Hostguard evidence bundle',
  intro:
    'Made by Hostguard on the host’s device. manifest.json lists every file of this archive with its SHA-256 hash, and the hash chain that links the evidence of this meeting.',
  hiddenCharacters:
    'Invisible and direction-changing characters are shown as ⟨U+XXXX⟩. timeline.json holds every name exactly as it was seen.',
  meeting: 'Meeting',
  platform: 'Platform',
  meetingTitle: 'Title',
  meetingId: 'Meeting id',
  category: 'Category',
  categories: { ...REPORT_CATEGORY_NAMES },
  window: 'Time covered',
  createdAt: 'Report made',
  note: 'Host’s note',
  none: 'None',
  participants: 'People concerned',
  name: 'Display name',
  role: 'Role',
  participantId: 'Participant id',
  alerts: 'Alerts',
  time: 'Time',
  kind: 'Kind',
  reason: 'Reason',
  actions: 'Actions taken',
  action: 'Action',
  step: 'Step',
  origin: 'Asked by',
  result: 'Result',
  ok: 'Done',
  failed: 'Failed',
  detail: 'Detail',
  evidence: 'Evidence',
  seq: '#',
  mediaType: 'Type',
  size: 'Bytes',
  sha256: 'SHA-256',
  file: 'File',
  hashOnly: 'Hash only (not kept)',
  chain: 'Hash chain',
  chainHead: 'Chain head',
  chainHow:
    'To verify: link₀ = SHA-256("hostguard-chain/1\\n" + meeting id); for each entry in order, link = SHA-256(previous link + "\\n" + seq + "\\n" + kind + "\\n" + capturedAt + "\\n" + mediaType + "\\n" + size + "\\n" + sha256). The last link must equal the chain head, and each file must hash to its entry.',
  imagesWithheldTitle: 'No images were kept',
  imagesWithheld:
    'This report concerns sexual content involving minors. Copying such material is a crime in many countries, so Hostguard deleted every image of this meeting and keeps only times, hashes and the meeting’s records. Do not take screenshots yourself. Report what you saw to:',
  whereToReport: 'Where to report',
  hotlineNcmec: 'NCMEC CyberTipline (United States, accepts reports from anywhere)',
  hotlinePharos: 'PHAROS (France)',
  hotlineInhope: 'INHOPE: find the hotline of your country',
  hotlinePlatform: 'The meeting platform’s own report flow (the report option on the participant in the meeting)',
});

/** Where the summary sends a report of child sexual abuse material (fixed, not translated). */
export const HOTLINE_URLS = Object.freeze({
  hotlineNcmec: 'https://report.cybertip.org/',
  hotlinePharos: 'https://www.internet-signalement.gouv.fr/',
  hotlineInhope: 'https://www.inhope.org/EN#hotlineReferral',
});

type FlatKey = Exclude<keyof BundleLabels, 'categories'>;

/** The i18n message name of each label: `bundle_<name>`; categories reuse `category_<id>`. */
export function bundleMessageKey(label: FlatKey): string {
  return `bundle_${label.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`;
}
export const categoryMessageKey = (category: ReportCategory): string => `category_${category.replace(/-/g, '_')}`;

/** Labels from i18n messages; any message missing (empty) falls back to English. */
export function bundleLabelsFrom(getMessage: (key: string) => string): BundleLabels {
  const pick = (key: string, fallback: string) => getMessage(key) || fallback;
  const labels = { ...ENGLISH_BUNDLE_LABELS } as BundleLabels;
  for (const label of Object.keys(ENGLISH_BUNDLE_LABELS) as (keyof BundleLabels)[]) {
    if (label === 'categories') continue;
    labels[label] = pick(bundleMessageKey(label), ENGLISH_BUNDLE_LABELS[label]);
  }
  labels.categories = Object.fromEntries(
    REPORT_CATEGORIES.map((c) => [c, pick(categoryMessageKey(c), ENGLISH_BUNDLE_LABELS.categories[c])]),
  ) as Record<ReportCategory, string>;
  return labels;
}
