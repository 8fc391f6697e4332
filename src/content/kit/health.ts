import { healthOf, type Health } from '../../shared/model/health';
import type { HealthPart } from '../../shared/model/health-parts';
import { findControl, type ControlSpec } from './controls';

/** Health from the shared part list: each part found (or not) by its control spec. */
export function probeParts(
  doc: Document,
  specs: Partial<Record<HealthPart, ControlSpec>>,
  required: readonly HealthPart[],
): Health {
  const parts: Record<string, boolean> = {};
  for (const [part, spec] of Object.entries(specs)) parts[part] = findControl(spec, doc) !== null;
  return healthOf(parts, required, Date.now());
}
