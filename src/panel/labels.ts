import { HOST_ACTIONS, type HostCommandKind } from '../shared/actions';
import type { ResultCode } from '../shared/model/action';
import type { Role } from '../shared/model/participant';
import type { PlatformId } from '../shared/model/platform';
import type { ReportCategory, ReportStatus } from '../shared/model/report';
import type { SettingKey } from '../shared/model/settings';
import type { ActionRecord } from '../shared/model/session';
import type { Severity } from '../shared/model/alert';
import { lookup, msgKey, t } from './i18n';
import { hostAction } from './selectors';

/** Localised names for model ids. Keys are built with msgKey, listed in i18n.test.ts. */
export const actionLabel = (kind: HostCommandKind): string => t(hostAction(kind).labelKey);
export const platformName = (platform: PlatformId | string): string => lookup(msgKey('platform', platform)) || platform;
export const roleLabel = (role: Role): string => t(msgKey('role', role));
export const severityLabel = (severity: Severity): string => t(msgKey('severity', severity));
export const resultText = (code: ResultCode): string => t(msgKey('result', code));
export const categoryLabel = (category: ReportCategory): string => t(msgKey('category', category));
export const statusLabel = (status: ReportStatus): string => t(msgKey('report_status', status));
/**
 * What the host can do by hand when Hostguard cannot (lower case: it follows a colon or dash):
 * the platform's own menu path when we know it, else the generic hint.
 */
export const manualHint = (kind: HostCommandKind, platform?: PlatformId | string): string =>
  (platform ? lookup(msgKey('manual', `${platform}_${kind}`)) : '') || t(msgKey('manual', kind));

/** "Participants may share their screen" / "… may not …": one line of what Restore puts back. */
export const settingLabel = (key: SettingKey, value: boolean): string =>
  t(msgKey('setting', `${key}-${value ? 'on' : 'off'}`));

/** The background names per-setting checks `setting:<key>`; labels and hints go by the key. */
const stepId = (step: string): string => (step.startsWith('setting:') ? step.slice('setting:'.length) : step);

/** A step id (adapter action or setting key) as words; unknown steps show as they are. */
export const stepLabel = (step: string): string => lookup(msgKey('step', stepId(step))) || step;

/** A health part as words, e.g. `securityMenu` -> "security menu". */
export const partLabel = (part: string): string => lookup(msgKey('part', part)) || part;

/** Which host action's manual fallback fits a failed step. */
const STEP_FALLBACK: Record<string, HostCommandKind> = {
  'stop-share': 'stop-share',
  shareAllowed: 'lock',
  locked: 'lock',
  chatAllowed: 'lock',
  renameAllowed: 'lock',
  unmuteAllowed: 'lock',
  'set-settings': 'lock',
  suspend: 'lock',
  'mute-all': 'lock',
  remove: 'eject',
  report: 'report',
};

const isHostCommandKind = (kind: string): kind is HostCommandKind =>
  HOST_ACTIONS.some((action) => action.kind === kind);

/** Is this step a failure the host must act on? (`awaiting-host` is the host's turn, not a failure.) */
export const stepFailed = (record: ActionRecord): boolean =>
  !record.result.ok && record.result.code !== 'awaiting-host';

/**
 * One step as the host reads it: "Lock meeting › Lock" and "Control not found in the meeting
 * page — use the meeting's own Security menu".
 */
export function describeRecord(
  record: ActionRecord,
  platform?: PlatformId | string,
): { title: string; message: string; failed: boolean } {
  const kind = isHostCommandKind(record.hostAction) ? record.hostAction : undefined;
  const action = kind ? actionLabel(kind) : record.hostAction;
  const fallback = STEP_FALLBACK[stepId(record.step)] ?? kind;
  // A step that is the whole action (lock -> `locked`) needs no second label.
  const sameAsAction = record.step === record.hostAction || fallback === kind;
  const title = sameAsAction ? action : t('result_title', [action, stepLabel(record.step)]);
  const failed = stepFailed(record);
  const text = resultText(record.result.code);
  const message = failed && fallback ? t('result_with_hint', [text, manualHint(fallback, platform)]) : text;
  return { title, message, failed };
}

/** "Lock meeting is not available on Zoom: use the meeting's own Security menu." */
export const unavailableText = (
  kind: HostCommandKind,
  session: { platform: PlatformId | string; endedAt?: number | undefined },
): string =>
  session.endedAt !== undefined
    ? t('unavailable_ended', actionLabel(kind))
    : t('unavailable', [actionLabel(kind), platformName(session.platform), manualHint(kind, session.platform)]);
