import { findAllControls, findControl } from '../../kit/controls';
import type { Role } from '../../../shared/model/participant';
import { AUDIO_MUTED, AUDIO_UNMUTED, L, ROLE_WORDS, SHARE_TIP, VIEW_OPTIONS } from './labels';
import { ROW, S } from './selectors';

/*
 * Cheap reads of Zoom's page, safe on every mutation pass: no layout reads.
 */

export const rosterList = (doc: Document): HTMLElement | null => findControl(S.roster, doc);

export const renderedRows = (list: ParentNode): HTMLElement[] => [...list.querySelectorAll<HTMLElement>(ROW)];

export function participantsButton(doc: Document): HTMLElement | null {
  const button = findControl<HTMLElement>(S.participantsButton, doc);
  if (button) return button;
  // [old] builds: the participants icon's grand-parent is the button (file #5683794158).
  return findControl(S.participantsIcon, doc)?.closest<HTMLElement>('button') ?? null;
}

/** The meeting's head count: panel title "Participants (N)", else the toolbar badge or label. */
export function totalCount(doc: Document): number | null {
  const title = findControl(S.panelTitle, doc);
  const fromTitle = /\((\d+)\)/.exec(title?.getAttribute('aria-label') ?? title?.textContent ?? '');
  if (fromTitle) return Number(fromTitle[1]);
  const badge = /^\s*(\d+)\s*$/.exec(findControl(S.participantCounter, doc)?.textContent ?? '');
  if (badge) return Number(badge[1]);
  // "…list pane,[2] particpants" (older) or "…list pane,1 particpants" (7.2.0).
  const label = /,\s*\[?(\d+)\]?\s/.exec(participantsButton(doc)?.getAttribute('aria-label') ?? '');
  return label ? Number(label[1]) : null;
}

/**
 * The role label "(Host, me)", "(Co-host)", "(Guest)", "(me)" (English or French). Only this
 * element is read: someone renamed "Eve (Host)" carries the words in their name, not here.
 */
export function parseRoleLabel(label: string): { role: Role; self: boolean } {
  const words = label
    .replace(/[()]/g, '')
    .split(',')
    .map((word) => word.trim().toLowerCase());
  const has = (set: readonly string[]) => words.some((word) => set.includes(word));
  const role: Role = has(ROLE_WORDS.host) ? 'host' : has(ROLE_WORDS.cohost) ? 'cohost' : 'participant';
  return { role, self: has(ROLE_WORDS.self) };
}

export const rowName = (row: Element): string => findControl(S.rowName, row)?.textContent ?? '';

export const rowRole = (row: Element) => parseRoleLabel(findControl(S.rowRole, row)?.textContent ?? '');

/** Audio from the row's aria-label tail ",computer audio muted,video off" (the name may hold commas). */
export function isRowMuted(row: Element): boolean {
  const label = (row.getAttribute('aria-label') ?? '').trim();
  const parts = label.split(',');
  const audio = parts.length >= 3 ? parts[parts.length - 2]!.trim() : label;
  if (AUDIO_UNMUTED.some((pattern) => pattern.test(audio)) && parts.length >= 3) return false;
  if (parts.length < 3) return !/unmuted/i.test(audio); // [old] "Name (Host) computer audio muted video off"
  return AUDIO_MUTED.some((pattern) => pattern.test(audio));
}

/** The name in the share indicator "You are viewing <Name>'s screen", or null when no one shares. */
export function sharerName(doc: Document): string | null {
  if (!findControl(S.shareView, doc)) return null;
  for (const tip of findAllControls(S.shareTip, doc)) {
    let text = (tip.textContent ?? '').trim();
    for (const suffix of VIEW_OPTIONS) if (text.endsWith(suffix)) text = text.slice(0, -suffix.length).trim();
    for (const pattern of SHARE_TIP) {
      const match = pattern.exec(text);
      if (match) return match[1]!;
    }
  }
  return null;
}

export const isPanelClosedLabel = (button: Element): boolean => {
  const label = (button.getAttribute('aria-label') ?? '').toLowerCase();
  return L.participantsClosed.some((prefix) => label.startsWith(prefix.toLowerCase()));
};
