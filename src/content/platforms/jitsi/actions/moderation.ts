import { findControl } from '../../../kit/controls';
import { confirmed, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { FOOTER_MENU_PREFIX, S } from '../selectors';
import { ensurePane } from './pane';

/*
 * AV moderation from the pane footer's "…" (FooterContextMenu.tsx, tests/pageobjects/
 * AVModerationMenu.ts). Under "Allow non-moderators to:", each item's id says the state:
 * `…-start-<media>-moderation` while non-moderators may (allowed), `…-stop-<media>-moderation`
 * while moderated. Starting screen-share moderation also stops non-moderators' live shares.
 */

export type Media = 'audio' | 'video' | 'desktop';

const itemId = (media: Media, moderated: boolean) =>
  `${FOOTER_MENU_PREFIX}-${moderated ? 'stop' : 'start'}-${media}-moderation`;

/** Allowed (= moderation off) as the footer menu shows it; null when it shows neither item. */
export function readAllowed(doc: Document, media: Media): boolean | null {
  if (doc.getElementById(itemId(media, false))) return true;
  if (doc.getElementById(itemId(media, true))) return false;
  return null;
}

/**
 * The footer menu's moderation items, opening the menu if they are not rendered (the client
 * keeps them mounted while hidden). Returns whether this call opened it.
 */
export async function ensureModerationItems(doc: Document, signal: AbortSignal): Promise<boolean> {
  await ensurePane(doc, signal);
  if (findControl(S.footerItems, doc)) return false;
  required(findControl<HTMLElement>(S.footerMore, doc), '"More moderation options" in the pane footer').click();
  await waitFor(() => findControl(S.footerItems, doc), 'moderation items of the pane footer menu', { signal });
  return true;
}

/**
 * Screen-share moderation is its own item since 2305ae85a (2025-06); on builds without it,
 * starting video moderation is what stops and gates non-moderators' shares (57083c174, 2021).
 */
export function shareMedia(doc: Document): Media {
  return readAllowed(doc, 'desktop') === null && readAllowed(doc, 'video') !== null ? 'video' : 'desktop';
}

/** Clicks the item for `media` if it is not yet as wanted; confirmed when its id flips. */
export async function setAllowed(doc: Document, media: Media, allowed: boolean, signal: AbortSignal): Promise<boolean> {
  const now = readAllowed(doc, media);
  // The one item shown for this media type: clicking it flips the state.
  const item = required(now === null ? null : doc.getElementById(itemId(media, !now)), `moderation item for ${media}`);
  if (now === allowed) return true;
  item.click();
  return confirmed(() => readAllowed(doc, media) === allowed, `${media} allowed = ${allowed}`, signal);
}

/** Closes a footer menu this step opened: the client closes it on a click outside it. */
export function closeFooterMenu(doc: Document): void {
  findControl<HTMLElement>(S.pane, doc)?.click();
}
