/**
 * Report categories offered to the host. `child-safety` never carries images: metadata and
 * hashes only (possessing or copying such material is a crime in many jurisdictions).
 */
export const REPORT_CATEGORIES = [
  'offensive-content',
  'harassment',
  'disruption',
  'impersonation',
  'child-safety',
  'other',
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export const REPORT_STATUSES = ['prefilled', 'submitted', 'cancelled', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A report the host started from the panel. Kept in storage.local: it outlives the meeting tab. */
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
  return category === 'child-safety';
}
