import * as v from 'valibot';
import { PLATFORM_IDS } from '../model/platform';
import { ROLES } from '../model/participant';
import { SETTING_KEYS } from '../model/settings';
import { REPORT_CATEGORIES } from '../model/report';
import { RESULT_CODES } from '../model/action';
import type { ActionRequest, ActionResult } from '../model/action';
import type { MeetingEvent } from '../model/meeting-event';
import type { Health } from '../model/health';
import type { HostCommand } from '../actions';
import type { ReportDraft } from '../model/report-draft';
import { LIMITS } from './limits';

/**
 * Runtime schemas for everything that crosses a context boundary. Objects are strict: unknown
 * keys (including `__proto__`) are rejected, as are oversize strings and arrays.
 */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = text(LIMITS.id);
const time = v.pipe(v.number(), v.finite());
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

export const PlatformSchema = v.picklist(PLATFORM_IDS);
export const SettingKeySchema = v.picklist(SETTING_KEYS);
const RoleSchema = v.picklist(ROLES);
const ReportCategorySchema = v.picklist(REPORT_CATEGORIES);

export const SettingsSchema = v.strictObject(
  Object.fromEntries(SETTING_KEYS.map((key) => [key, v.optional(v.boolean())])) as Record<
    (typeof SETTING_KEYS)[number],
    v.OptionalSchema<v.BooleanSchema<undefined>, undefined>
  >,
);

export const HealthSchema = v.strictObject({
  ok: v.boolean(),
  parts: v.pipe(
    v.record(text(64), v.boolean()),
    v.check((r) => Object.keys(r).length <= LIMITS.healthParts),
  ),
  checkedAt: time,
});

const ObservationSchema = v.strictObject({
  id,
  name: text(LIMITS.name),
  role: RoleSchema,
  self: v.boolean(),
  sharing: v.boolean(),
});

export const MeetingEventSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('roster'),
    at: time,
    participants: v.pipe(v.array(ObservationSchema), v.maxLength(LIMITS.rosterSize)),
  }),
  v.strictObject({ kind: v.literal('joined'), at: time, participant: ObservationSchema }),
  v.strictObject({ kind: v.literal('left'), at: time, participantId: id }),
  v.strictObject({
    kind: v.literal('renamed'),
    at: time,
    participantId: id,
    from: text(LIMITS.name),
    to: text(LIMITS.name),
  }),
  v.strictObject({ kind: v.literal('role-changed'), at: time, participantId: id, role: RoleSchema }),
  v.strictObject({ kind: v.literal('share-started'), at: time, participantId: id }),
  v.strictObject({ kind: v.literal('share-stopped'), at: time, participantId: id }),
  v.strictObject({
    kind: v.literal('chat'),
    at: time,
    messageId: id,
    participantId: v.optional(id),
    name: text(LIMITS.name),
    text: text(LIMITS.chat),
  }),
  v.strictObject({ kind: v.literal('settings'), at: time, settings: SettingsSchema }),
  v.strictObject({ kind: v.literal('report-closed'), at: time, participantId: id, submitted: v.boolean() }),
  v.strictObject({ kind: v.literal('health'), at: time, health: HealthSchema }),
]);

export const ActionRequestSchema = v.variant('id', [
  v.strictObject({ id: v.literal('stop-share'), participantId: id }),
  v.strictObject({ id: v.literal('set-settings'), changes: SettingsSchema }),
  v.strictObject({ id: v.literal('remove'), participantId: id, blockRejoin: v.boolean() }),
  v.strictObject({
    id: v.literal('report'),
    participantId: id,
    category: ReportCategorySchema,
    description: text(LIMITS.description),
    alsoRemove: v.boolean(),
  }),
  v.strictObject({ id: v.literal('mute-all') }),
  v.strictObject({ id: v.literal('suspend') }),
]);

export const ActionIdSchema = v.picklist(['stop-share', 'set-settings', 'remove', 'report', 'mute-all', 'suspend']);

export const ActionResultSchema = v.strictObject({
  ok: v.boolean(),
  ms: v.pipe(v.number(), v.finite(), v.minValue(0)),
  code: v.picklist(RESULT_CODES),
  detail: text(LIMITS.detail),
  before: v.optional(SettingsSchema),
  after: v.optional(SettingsSchema),
});

export const HostCommandSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('panic') }),
  v.strictObject({ kind: v.literal('restore') }),
  v.strictObject({ kind: v.literal('stop-shares') }),
  v.strictObject({ kind: v.literal('lock') }),
  v.strictObject({ kind: v.literal('stop-share'), participantId: id }),
  v.strictObject({ kind: v.literal('eject'), participantId: id, blockRejoin: v.boolean() }),
  v.strictObject({
    kind: v.literal('report'),
    participantId: id,
    category: ReportCategorySchema,
    description: text(LIMITS.description),
    alsoRemove: v.boolean(),
  }),
  v.strictObject({ kind: v.literal('set-settings'), changes: SettingsSchema }),
  v.strictObject({ kind: v.literal('shield'), on: v.boolean() }),
  v.strictObject({ kind: v.literal('undo'), actionId: id }),
  v.strictObject({
    kind: v.literal('sweep'),
    participantIds: v.pipe(v.array(id), v.minLength(1), v.maxLength(LIMITS.rosterSize)),
    blockRejoin: v.boolean(),
  }),
]);

/** A report the host composed: checked again in the background, which reads names itself. */
export const ReportDraftSchema = v.pipe(
  v.strictObject({
    category: ReportCategorySchema,
    participantIds: v.pipe(v.array(id), v.maxLength(100)),
    window: v.strictObject({ from: time, to: time }),
    note: text(LIMITS.description),
    platformReport: v.boolean(),
  }),
  v.check((draft) => draft.window.from <= draft.window.to, 'the window must not end before it starts'),
);

/** A sampled share frame for the on-device image check: a JPEG data URL and nothing else. */
export const FrameSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.frame),
  v.regex(/^data:image\/jpeg;base64,[A-Za-z0-9+/]+={0,2}$/),
);

export { id as IdSchema, tabId as TabIdSchema, text as textSchema };

// Compile-time guards: the schemas and the hand-written model types must describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameEvent: Same<v.InferOutput<typeof MeetingEventSchema>, MeetingEvent> = true;
const sameRequest: Same<v.InferOutput<typeof ActionRequestSchema>, ActionRequest> = true;
const sameResult: Same<v.InferOutput<typeof ActionResultSchema>, ActionResult> = true;
const sameCommand: Same<v.InferOutput<typeof HostCommandSchema>, HostCommand> = true;
const sameHealth: Same<v.InferOutput<typeof HealthSchema>, Health> = true;
const sameDraft: Same<v.InferOutput<typeof ReportDraftSchema>, ReportDraft> = true;
void [sameEvent, sameRequest, sameResult, sameCommand, sameHealth, sameDraft];
