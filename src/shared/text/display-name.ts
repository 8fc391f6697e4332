import { hiddenKind, isBenignInCluster, markerFor, type HiddenCharKind } from './hidden-chars';

/**
 * Turns a raw, attacker-controlled display name into something safe to show a host in a hurry:
 * hidden characters become visible markers, length and combining-mark stacks are bounded, and
 * flags say what was found. The raw value stays untouched elsewhere for evidence.
 */
export type NameSegment = { kind: 'text'; text: string } | { kind: 'marker'; text: string; hidden: HiddenCharKind };

export interface DisplayNameView {
  segments: NameSegment[];
  /** The segments as one string (markers included, `…` when truncated): for titles and `<option>`s. */
  text: string;
  hasBidiControl: boolean;
  hasInvisible: boolean;
  /** More grapheme clusters than shown. */
  truncated: boolean;
  /** Some cluster carried more combining marks than shown (Zalgo). */
  marksCapped: boolean;
  /** Nothing visible but spaces and markers: a name made to look empty. */
  looksBlank: boolean;
}

export interface DisplayNameOptions {
  /** Grapheme clusters shown; a marker counts as one. */
  maxClusters?: number;
  maxMarksPerCluster?: number;
}

export const DISPLAY_NAME_LIMITS = Object.freeze({ clusters: 64, titleClusters: 256, marksPerCluster: 4 });

/** Code units scanned per shown cluster: bounds the work on 1 MB names before segmenting. */
const SCAN_UNITS_PER_CLUSTER = 64;
const COMBINING_MARK = /^\p{M}$/u;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function toDisplayName(raw: string, options: DisplayNameOptions = {}): DisplayNameView {
  const maxClusters = options.maxClusters ?? DISPLAY_NAME_LIMITS.clusters;
  const maxMarks = options.maxMarksPerCluster ?? DISPLAY_NAME_LIMITS.marksPerCluster;
  const scanned = scanWindow(raw, maxClusters * SCAN_UNITS_PER_CLUSTER);
  const out = new SegmentBuilder();
  let shown = 0;
  let truncated = scanned.length < raw.length;
  for (const { segment } of segmenter.segment(scanned)) {
    if (shown >= maxClusters) {
      truncated = true;
      break;
    }
    shown += appendCluster(out, segment, maxMarks, maxClusters - shown);
    if (shown > maxClusters) truncated = true;
  }
  return out.finish(truncated);
}

/** Appends what fits of one grapheme cluster in `room` units; returns the units it needed. */
function appendCluster(out: SegmentBuilder, cluster: string, maxMarks: number, room: number): number {
  const codePoints = [...cluster].map((char) => char.codePointAt(0)!);
  let units = 0;
  let text = '';
  let marks = 0;
  codePoints.forEach((cp, index) => {
    const hidden = hiddenKind(cp);
    if (hidden && !isBenignInCluster(codePoints, index)) {
      if (text && units < room) out.text(text);
      if (text) units++;
      text = '';
      out.flag(hidden);
      if (units < room) out.marker(cp, hidden);
      units++;
      return;
    }
    if (COMBINING_MARK.test(String.fromCodePoint(cp)) && ++marks > maxMarks) {
      out.marksCapped = true;
      return;
    }
    text += String.fromCodePoint(cp);
  });
  if (text && units < room) out.text(text);
  if (text) units++;
  return Math.max(units, 1);
}

/** Collects segments, merging adjacent text so a long name is one text node, not hundreds. */
class SegmentBuilder {
  segments: NameSegment[] = [];
  hasBidiControl = false;
  hasInvisible = false;
  marksCapped = false;

  text(text: string): void {
    const last = this.segments.at(-1);
    if (last?.kind === 'text') last.text += text;
    else this.segments.push({ kind: 'text', text });
  }

  /** Counts hidden characters in every cluster shown, even ones whose marker did not fit. */
  flag(hidden: HiddenCharKind): void {
    if (hidden === 'bidi') this.hasBidiControl = true;
    else this.hasInvisible = true;
  }

  marker(cp: number, hidden: HiddenCharKind): void {
    this.segments.push({ kind: 'marker', text: markerFor(cp), hidden });
  }

  finish(truncated: boolean): DisplayNameView {
    const joined = this.segments.map((segment) => segment.text).join('');
    const looksBlank = !this.segments.some((s) => s.kind === 'text' && s.text.trim() !== '');
    const { segments, hasBidiControl, hasInvisible, marksCapped } = this;
    return {
      segments,
      text: truncated ? `${joined}…` : joined,
      hasBidiControl,
      hasInvisible,
      truncated,
      marksCapped,
      looksBlank,
    };
  }
}

/** The first `units` code units of `raw`, never ending inside a surrogate pair. */
function scanWindow(raw: string, units: number): string {
  if (raw.length <= units) return raw;
  const end = /[\uD800-\uDBFF]/.test(raw.charAt(units - 1)) ? units - 1 : units;
  return raw.slice(0, end);
}

/** A plain-string version for places that take only text (`<option>`, `title`). */
export function displayText(raw: string, maxClusters: number = DISPLAY_NAME_LIMITS.clusters): string {
  return toDisplayName(raw, { maxClusters }).text;
}

/** Whether a name hides characters (bidi controls or invisibles): a sign of spoofing worth a badge. */
export function hidesCharacters(raw: string): boolean {
  const view = toDisplayName(raw, { maxClusters: DISPLAY_NAME_LIMITS.titleClusters });
  return view.hasBidiControl || view.hasInvisible;
}
