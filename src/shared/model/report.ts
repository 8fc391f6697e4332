/**
 * Report categories offered to the host (issue 11). `sexual-minors` (sexual content involving
 * minors) never carries images: metadata and hashes only, because possessing or copying such
 * material is a crime in many jurisdictions (reliability-security.md §8.2).
 */
export const REPORT_CATEGORIES = [
  'sexual',
  'sexual-minors',
  'hate',
  'violence',
  'harassment',
  'spam',
  'other',
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/** English names, where no locale file is at hand (the receiver's desk, the bundle's fallback). */
export const REPORT_CATEGORY_NAMES: Readonly<Record<ReportCategory, string>> = Object.freeze({
  sexual: 'Sexual content',
  'sexual-minors': 'Sexual content involving minors',
  hate: 'Hate',
  violence: 'Violence',
  harassment: 'Harassment',
  spam: 'Spam',
  other: 'Other',
});

export const REPORT_STATUSES = ['prefilled', 'submitted', 'cancelled', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A platform report the host started from the panel: the page's own dialog, prefilled. */
export interface Report {
  id: string;
  tabId: number;
  platform: string;
  createdAt: number;
  updatedAt: number;
  participantId: string;
  /** Raw display name, byte-exact, for evidence. */
  participantName: string;
  category: ReportCategory;
  description: string;
  alsoRemove: boolean;
  status: ReportStatus;
  detail: string;
}

/** Categories for which no image may ever be stored or sent. */
export function forbidsImages(category: ReportCategory): boolean {
  return category === 'sexual-minors';
}
