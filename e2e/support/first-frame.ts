/**
 * Runs in the meeting page (main world) BEFORE the attack: whenever `selector` appears, records
 * its CSS filter at the first animation frame after insertion. rAF callbacks run before that
 * frame is painted, so a blur seen there means no frame of the share was ever painted sharp.
 */
export function watchFirstFrames(selector: string): void {
  const seen: { filter: string; at: number }[] = [];
  (window as { __firstFrames?: typeof seen }).__firstFrames = seen;
  let present = false;
  new MutationObserver(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element && !present) {
      requestAnimationFrame(() => seen.push({ filter: getComputedStyle(element).filter, at: performance.now() }));
    }
    present = element !== null;
  }).observe(document, { childList: true, subtree: true });
}

export function firstFrames(): { filter: string; at: number }[] {
  return (window as { __firstFrames?: { filter: string; at: number }[] }).__firstFrames ?? [];
}
