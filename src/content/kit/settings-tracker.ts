import type { MeetingEvent } from '../../shared/model/meeting-event';
import { SETTING_KEYS, type MeetingSettings } from '../../shared/model/settings';

/** Emits a `settings` event when a setting the page shows without a menu (a lock icon) changes. */
export function createSettingsTracker(emit: (event: MeetingEvent) => void) {
  const last: Partial<MeetingSettings> = {};
  return {
    update(visible: Partial<MeetingSettings>, at: number) {
      const changed: Partial<MeetingSettings> = {};
      for (const key of SETTING_KEYS) {
        const value = visible[key];
        if (value === undefined || value === last[key]) continue;
        last[key] = value;
        changed[key] = value;
      }
      if (Object.keys(changed).length > 0) emit({ kind: 'settings', at, settings: changed });
    },
  };
}
