import { findControl } from '../../kit/controls';
import type { RowObservation } from '../../kit/roster-tracker';
import type { Role } from '../../../shared/model/participant';
import { LABELS } from './labels';
import { ROW_CONTAINER, ROW_PREFIXES, ROW_TID, S } from './selectors';

/*
 * Cheap reads of the Teams page (no layout reads: they run on every mutation of a busy page).
 * Names are attacker text: roles come from the organizer tag only, mute state from the icon or
 * the part of the row label after the name, never from the name itself.
 */
const norm = (text: string | null | undefined) => (text ?? '').trim().toLowerCase();
export const hasLabel = (text: string | null | undefined, labels: readonly string[]) =>
  labels.some((label) => label.toLowerCase() === norm(text));

export const rosterList = (doc: Document): HTMLElement | null => findControl(S.rosterTree, doc);

/** The element that carries the row's data-tid (a container may wrap it, meeting-dom.md §3.1). */
export function rowCore(row: Element): Element {
  return row.matches(ROW_TID) ? row : (row.querySelector(ROW_TID) ?? row);
}

/** Rendered participant rows, one element each (the data-tid element when there is one). */
export function renderedRows(list: ParentNode): Element[] {
  const tids = [...list.querySelectorAll(ROW_TID)];
  return tids.length > 0 ? tids : [...list.querySelectorAll(ROW_CONTAINER)];
}

function tidName(core: Element): string | null {
  const tid = core.getAttribute('data-tid') ?? '';
  const prefix = ROW_PREFIXES.find((p) => tid.startsWith(p));
  return prefix ? tid.slice(prefix.length) : null;
}

export function rowName(row: Element): string {
  const core = rowCore(row);
  const container = core.closest(ROW_CONTAINER) ?? core;
  const el = findControl(S.rowName, core) ?? findControl(S.rowName, container);
  return el?.textContent?.trim() || tidName(core) || '';
}

/** The user id Teams puts on the row: the avatar element's id suffix, or (v1) aria-describedby's tail. */
export function rowUserId(row: Element): string | null {
  const core = rowCore(row);
  const avatar = core.querySelector('[id^="roster-avatar-img-"]');
  const fromAvatar = avatar?.id.slice('roster-avatar-img-'.length);
  if (fromAvatar && fromAvatar !== rowName(row)) return fromAvatar;
  const described = (core.getAttribute('aria-describedby') ?? '').trim().split(/\s+/).pop() ?? '';
  return /[:-]/.test(described) && described.length >= 8 ? described : null;
}

export const isOrganizerRow = (row: Element): boolean =>
  hasLabel(
    findControl(S.organizerTag, rowCore(row).closest(ROW_CONTAINER) ?? rowCore(row))?.textContent,
    LABELS.organizer,
  );

/** Your own name, from the profile picture's label ("Profile picture of Maya Okafor."). */
export function myName(doc: Document): string | null {
  const label = findControl(S.meAvatar, doc)?.getAttribute('aria-label')?.trim() ?? '';
  for (const pattern of LABELS.profilePicture) {
    const found = pattern.exec(label);
    if (found?.[1]) return found[1].trim();
  }
  return null;
}

/**
 * You: the first rendered row bearing your profile name (Teams lists you first); without a
 * profile picture, the first row of the list [inferred].
 */
export function isSelfRow(row: Element, me: string | null): boolean {
  const core = rowCore(row);
  const list = core.closest('[role="tree"]') ?? core.parentElement;
  if (me === null) return list?.querySelector(ROW_TID) === core && core.getAttribute('aria-posinset') === '1';
  if (rowName(row) !== me) return false;
  return (list ? renderedRows(list) : [core]).find((r) => rowName(r) === me) === core;
}

export function roleOf(row: Element, self: boolean): Role {
  if (!isOrganizerRow(row)) return 'participant';
  return self ? 'host' : 'cohost';
}

/** Muted: the row's mic icon, else the row label's parts after the name ("Name, Organizer, Muted"). */
export function isRowMuted(row: Element): boolean {
  const core = rowCore(row);
  const scope = core.closest(ROW_CONTAINER) ?? core;
  if (findControl(S.rowMutedIcon, scope)) return true;
  if (findControl(S.rowUnmutedIcon, scope)) return false;
  const label = core.getAttribute('aria-label') ?? scope.getAttribute('aria-label') ?? '';
  const name = rowName(row);
  const rest = label.startsWith(name) ? label.slice(name.length) : label;
  return rest.split(',').some((part) => hasLabel(part, LABELS.muted));
}

/** Everyone in the call (you included), from the People badge, else the section header. */
export function totalCount(doc: Document): number | null {
  const badge = Number.parseInt(findControl(S.peopleBadge, doc)?.textContent?.trim() ?? '', 10);
  if (Number.isFinite(badge)) return badge;
  const header = /\((\d+)\)/.exec(findControl(S.sectionTitle, doc)?.textContent ?? '');
  return header ? Number(header[1]) : null;
}

export type ReadRow = (row: Element) => RowObservation | null;
