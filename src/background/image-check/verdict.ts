/**
 * What the image check concludes about one sampled frame, and the rule that turns a share's
 * frames into an alert. Pure: no tfjs here, so the background and unit tests import it freely.
 */

/** nsfwjs's five classes (GantMan/nsfw_model); Drawing and Neutral are the safe ones. */
export const NSFW_CLASSES = ['Drawing', 'Hentai', 'Neutral', 'Porn', 'Sexy'] as const;
export type NsfwClass = (typeof NSFW_CLASSES)[number];
export type ImageScores = Record<NsfwClass, number>;

export interface ImageVerdict {
  /** This one frame is over the threshold; an alert needs two in a row (`isExplicit`). */
  explicit: boolean;
  scores: ImageScores;
  /** Time the classifier spent on the frame (decode + inference), in ms. */
  ms: number;
}

/**
 * P(Porn)+P(Hentai)+P(Sexy) at or above this counts. Neutral screen content and photos peaked at
 * 0.11 (detection.md §1.3), so the margin is wide; calibrate on real shares before release.
 */
export const EXPLICIT_THRESHOLD = 0.7;

export function explicitScore(scores: ImageScores): number {
  return scores.Porn + scores.Hentai + scores.Sexy;
}

export function verdictFromScores(scores: ImageScores, ms: number): ImageVerdict {
  return { explicit: explicitScore(scores) >= EXPLICIT_THRESHOLD, scores, ms };
}

/**
 * The alert rule: explicit when two consecutive samples of the same share are each over the
 * threshold. One frame alone is not enough: a single misread frame (a transition, a blur) must
 * not alert the host. `history` is one share's samples, oldest first.
 */
export function isExplicit(history: readonly { scores: ImageScores }[]): boolean {
  let previousOver = false;
  for (const sample of history) {
    const over = explicitScore(sample.scores) >= EXPLICIT_THRESHOLD;
    if (over && previousOver) return true;
    previousOver = over;
  }
  return false;
}
