/**
 * Detection thresholds. The threat model's raids are 10–50 joins in seconds and a share within
 * seconds of joining; these fire on the practice scenarios and stay quiet in a normal meeting.
 */
export const THRESHOLDS = Object.freeze({
  joinBurst: { joins: 8, windowMs: 10_000 },
  freshJoinerMs: 60_000,
  chatFlood: { messages: 10, windowMs: 5_000, quietMs: 30_000 },
});
