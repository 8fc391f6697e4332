import type { DestinationSettings } from '../shared/model/destinations';
import type { RetentionSettings } from '../shared/model/evidence';
import type { StoredValue } from './stored-value';

/**
 * What the options page's report sections need from the browser: the stored destinations and
 * retention, and the permissions asked for at run time (exactly one origin, or screenshots).
 */
export interface ReportSettingsStore {
  destinations: StoredValue<DestinationSettings>;
  retention: StoredValue<RetentionSettings>;
  /** Must run first in the click handler: browsers grant only during the user's gesture. */
  requestOrigin(pattern: string): Promise<boolean>;
  hasScreenshots(): Promise<boolean>;
  requestScreenshots(): Promise<boolean>;
  dropScreenshots(): Promise<void>;
  /** Bytes this extension stores on the device (IndexedDB and storage), as the browser counts. */
  storageUse(): Promise<number | undefined>;
}
