/** Upper bounds on untrusted input; anything larger is rejected, never truncated silently. */
export const LIMITS = Object.freeze({
  /** Display names: 10,000-character names are a real attack and must still get through. */
  name: 16_384,
  chat: 16_384,
  id: 256,
  title: 512,
  detail: 2_000,
  description: 4_000,
  eventsPerBatch: 1_000,
  rosterSize: 5_000,
  healthParts: 32,
  /** One sampled share frame: a 224×224 JPEG data URL is 10–30 kB. */
  frame: 512 * 1024,
});
