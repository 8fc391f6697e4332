import type { Role } from '../../../shared/model/participant';
import type { RowObservation } from '../../kit/roster-tracker';
import { L, MIC_BUTTON, PARTICIPANT_KEY } from './selectors';
import { equalsAny, hasGlyph, textLeaves, withoutSuffix } from './text';

/*
 * One People-panel row (meeting-dom.md §2.2): `listitem` labelled with the name; "(You)",
 * "Meeting host" as separate leaves. Role and self come only from those badge leaves, never
 * from the name: the leaf that shows the name itself is set aside first, so someone renamed
 * "Meeting host" or "(You)" stays a participant.
 */

/** The row's display name: its aria-label (the live client's), else its first text leaf. */
export function rowLabel(row: Element): string {
  const label = row.getAttribute('aria-label')?.trim();
  if (label) return label;
  return textLeaves(row)[0]?.text ?? '';
}

function badges(row: Element, name: string): string[] {
  const leaves = textLeaves(row);
  const nameAt = leaves.findIndex((leaf) => leaf.text === name);
  return leaves.filter((_, index) => index !== (nameAt >= 0 ? nameAt : 0)).map((leaf) => leaf.text);
}

/** Someone's presentation is its own row, never a participant (engagium doc; RollTrack). */
export function presenterOf(row: Element): string | null {
  const label = rowLabel(row);
  const others = badges(row, label);
  if (others.some((text) => equalsAny(text, L.ownPresentation))) return label;
  const presenter = withoutSuffix(label, L.presentationSuffix);
  if (presenter === null) return null;
  // Structure first: the presentation glyph sits in an icon-font element, which a name cannot add.
  if (hasGlyph(row, L.presentationGlyphs)) return presenter;
  // Someone else's row carries a mic button; a presentation entry does not.
  const buttons = row.querySelectorAll('button, [role="button"]');
  if ([...buttons].some((b) => MIC_BUTTON.some((re) => re.test(b.getAttribute('aria-label') ?? '')))) return null;
  // Text-only pages: a presentation only when its presenter has a row too. A lone
  // "Eve (Presentation)" is a person with an odd name, and stays on the roster.
  const list = row.closest('[role="list"]');
  const hasPresenter = [...(list?.querySelectorAll('[role="listitem"]') ?? [])].some(
    (other) => other !== row && rowLabel(other) === presenter,
  );
  return hasPresenter ? presenter : null;
}

export function roleOf(row: Element, name: string): { role: Role; self: boolean } {
  const others = badges(row, name);
  const role: Role = others.some((t) => equalsAny(t, L.host))
    ? 'host'
    : others.some((t) => equalsAny(t, L.cohost))
      ? 'cohost'
      : 'participant';
  const self =
    others.some((t) => equalsAny(t, L.you)) ||
    textLeaves(row).some((leaf) => L.you.some((you) => leaf.text === `${name} ${you}`));
  return { role, self };
}

/*
 * Ids. `data-participant-id` when the row has one. Otherwise (one 2025 source found none) a
 * name-derived id, bound to the row element so a rename keeps it; a second row with the same
 * name gets "#2", and so on. Rows rebuilt after the panel reopens get the same ids back.
 */
const bound = new WeakMap<Element, string>();
const owners = new Map<string, WeakRef<Element>>();

export function rowId(row: Element, name: string): string {
  const key = row.getAttribute(PARTICIPANT_KEY);
  if (key) return key;
  const known = bound.get(row);
  if (known) return known;
  const base = `name:${name}`;
  let id = base;
  for (let n = 2; ; n++) {
    const owner = owners.get(id)?.deref();
    if (!owner || owner === row || !owner.isConnected) break;
    id = `${base}#${n}`;
  }
  owners.set(id, new WeakRef(row));
  bound.set(row, id);
  return id;
}

/** A participant row as the roster tracker wants it; null for presentations and empty rows. */
export function readRow(row: Element): RowObservation | null {
  if (presenterOf(row) !== null) return null;
  const name = rowLabel(row);
  if (!name) return null;
  return { id: rowId(row, name), name, ...roleOf(row, name) };
}
