import type { Alert } from './alert';
import type { ReportCategory } from './report';

/**
 * The report category an alert suggests, for prefilling the composer. A guess the host can
 * change; `sexual-minors` is never guessed: only the host marks content as involving minors.
 */
export function categoryOfAlert(alert: Pick<Alert, 'kind' | 'values'>): ReportCategory {
  switch (alert.kind) {
    case 'explicit-image':
      return 'sexual';
    case 'hostile-name':
    case 'hostile-chat': {
      const category = alert.values?.category;
      if (category === 'hate' || category === 'violence' || category === 'sexual') return category;
      return 'harassment';
    }
    case 'join-burst':
    case 'chat-flood':
      return 'spam';
    case 'impersonation':
    case 'hidden-characters':
    case 'rejoin-after-removal':
      return 'harassment';
    default:
      return 'other';
  }
}
