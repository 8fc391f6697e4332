import type { WebhookFlavour } from '../../shared/model/destinations';
import { toDisplayName } from '../../shared/text/display-name';

/**
 * Page text (display names, titles) and the host's note, made inert for a chat message:
 * - hidden characters shown as code points (⟨U+202E⟩) and length bounded (shared/text);
 * - `@` becomes the full-width `＠`, so no `@everyone`, `@here` or `@channel` reaches any chat;
 * - URLs defanged (`https[:]//evil[.]example`), so nothing in a name becomes a link or a preview
 *   (the message must never carry an image or an image URL);
 * - then the flavour's own markup escaped: Slack `& < >` (which also kills `<!channel>`,
 *   `<@U123>` and `<url|text>`), Discord and Teams markdown by backslash (`[text](url)`,
 *   `**`, `<@id>`, `<t:…>`), and Teams' `{{DATE()}}` card functions split.
 */
export function inertText(raw: string, flavour: WebhookFlavour, maxClusters: number, prose = false): string {
  // A line break in the host's note is prose (shown as ⏎); in a display name it is a trick (marked).
  const source = prose ? raw.replace(/\r\n|\r|\n/g, ' ⏎ ') : raw;
  const visible = toDisplayName(source, { maxClusters }).text;
  return escapeMarkup(defang(visible.replace(/@/g, '\uff20')), flavour);
}

/** `https://evil.example/x` → `https[:]//evil[.]example/x`; `J. Smith` stays as it is. */
export function defang(text: string): string {
  return text.replace(/:\/\//g, '[:]//').replace(/([\p{L}\p{N}-])\.(?=\p{L}{2,})/gu, '$1[.]');
}

const DISCORD_MARKUP = /[\\*_~`|<>#\-[\]()]/g;
const TEAMS_MARKUP = /[\\*_~`<>#\-[\]()]/g;

export function escapeMarkup(text: string, flavour: WebhookFlavour): string {
  switch (flavour) {
    case 'slack':
      return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    case 'discord':
      return text.replace(DISCORD_MARKUP, '\\$&');
    case 'teams':
      return text.replace(TEAMS_MARKUP, '\\$&').replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }');
  }
}

/** Cuts at a code point and never leaves a dangling escape before the ellipsis. */
export function capUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const point of text) {
    if (out.length + point.length > max - 1) break;
    out += point;
  }
  return `${out.replace(/\\+$/, '')}…`;
}
