/**
 * A scenario is a timeline of what remote participants do, `at` ms after the start. Steps name
 * participants by a script handle (`id`); the client maps it to the row it got on joining.
 */
export type Step =
  | { at: number; type: 'join'; id?: string; name: string; role?: 'cohost' | 'participant' }
  | { at: number; type: 'leave'; id: string }
  | { at: number; type: 'rename'; id: string; to: string }
  | { at: number; type: 'share-start'; id: string }
  | { at: number; type: 'share-stop'; id: string }
  | { at: number; type: 'chat'; id: string; text: string }
  /** Armed at `at`; fires `after` ms (default 1000) once the host has removed `id`. */
  | { at: number; type: 'rejoin-after-removal'; id: string; name: string; after?: number };

export type StepType = Step['type'];

const LIMITS = { steps: 20_000, text: 100_000, at: 86_400_000 };
const HANDLE = /^[A-Za-z0-9_-]{1,64}$/;

/** Fields each step type requires (beyond `type` and the optional `at`). */
const REQUIRED: Record<StepType, readonly string[]> = {
  join: ['name'],
  leave: ['id'],
  rename: ['id', 'to'],
  'share-start': ['id'],
  'share-stop': ['id'],
  chat: ['id', 'text'],
  'rejoin-after-removal': ['id', 'name'],
};
const TEXT_FIELDS = ['name', 'to', 'text'];

export class ScriptError extends Error {}

/**
 * Validates a fetched JSON timeline. `at` may be omitted (same time as the previous step);
 * names and texts may hold anything (that is the point of hostile-name scripts) up to a size cap.
 */
export function parseSteps(raw: unknown): Step[] {
  if (!Array.isArray(raw)) throw new ScriptError('the script must be a JSON array of steps');
  if (raw.length > LIMITS.steps) throw new ScriptError(`at most ${LIMITS.steps} steps`);
  let previousAt = 0;
  return raw.map((value, index) => {
    try {
      const step = parseStep(value, previousAt);
      previousAt = step.at;
      return step;
    } catch (error) {
      throw new ScriptError(`step ${index + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

function parseStep(value: unknown, previousAt: number): Step {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
  const step = value as Record<string, unknown>;
  const type = step.type;
  if (typeof type !== 'string' || !Object.hasOwn(REQUIRED, type)) throw new Error(`unknown type "${String(type)}"`);
  const at = step.at ?? previousAt;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0 || at > LIMITS.at) throw new Error('bad "at"');
  for (const field of REQUIRED[type as StepType]) if (step[field] === undefined) throw new Error(`missing "${field}"`);
  if (step.id !== undefined && (typeof step.id !== 'string' || !HANDLE.test(step.id))) throw new Error('bad "id"');
  for (const field of TEXT_FIELDS) {
    const text = step[field];
    if (text !== undefined && (typeof text !== 'string' || text.length > LIMITS.text))
      throw new Error(`bad "${field}"`);
  }
  if (step.role !== undefined && step.role !== 'cohost' && step.role !== 'participant') throw new Error('bad "role"');
  if (step.after !== undefined && (typeof step.after !== 'number' || !(step.after >= 0)))
    throw new Error('bad "after"');
  return { ...step, at } as Step;
}
