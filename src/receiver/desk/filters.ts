import { PLATFORM_IDS, type PlatformId } from '../../shared/model/platform';
import { REPORT_CATEGORIES, type ReportCategory } from '../../shared/model/report';
import { LIMITS } from '../../shared/protocol/limits';
import type { ReportFilter } from '../store/store';

/** The desk's GET form: values outside the known lists are ignored, not trusted. */
export interface DeskQuery {
  category?: ReportCategory;
  platform?: PlatformId;
  meetingId?: string;
}

const pick = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  (list as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

export function parseDeskQuery(url: URL): DeskQuery {
  const meeting = url.searchParams.get('meeting') ?? '';
  return {
    category: pick(REPORT_CATEGORIES, url.searchParams.get('category')),
    platform: pick(PLATFORM_IDS, url.searchParams.get('platform')),
    meetingId: meeting && meeting.length <= LIMITS.id ? meeting : undefined,
  };
}

export function toFilter(query: DeskQuery, limit: number): ReportFilter {
  return { ...query, limit };
}

/** `?category=…&platform=…&meeting=…` for links that keep the current filter (export). */
export function queryString(query: DeskQuery): string {
  const params = new URLSearchParams();
  if (query.category) params.set('category', query.category);
  if (query.platform) params.set('platform', query.platform);
  if (query.meetingId) params.set('meeting', query.meetingId);
  const text = params.toString();
  return text ? `?${text}` : '';
}
