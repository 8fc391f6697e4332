import type { PlatformId } from '../../shared/model/platform';
import { REPORT_CATEGORY_NAMES, type ReportCategory } from '../../shared/model/report';
import { html, type SafeHtml } from './html';

export const CATEGORY_LABELS: Readonly<Record<ReportCategory, string>> = REPORT_CATEGORY_NAMES;

export const PLATFORM_LABELS: Readonly<Record<PlatformId, string>> = Object.freeze({
  practice: 'Practice meeting',
  zoom: 'Zoom',
  meet: 'Google Meet',
  teams: 'Microsoft Teams',
  jitsi: 'Jitsi Meet',
});

/** UTC, to the second, machine-readable in `datetime`. */
export function renderTime(ms: number): SafeHtml {
  const iso = new Date(ms).toISOString();
  return html`<time datetime="${iso}">${iso.slice(0, 19).replace('T', ' ')} UTC</time>`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
