/**
 * Hides one element on this moderator's screen: a CSS blur on the element itself (applied in
 * the same task, so not one frame is painted sharp) and an opaque cover over it, in a shadow
 * root (the page's styles cannot reach it), with a "reveal" button. The cover follows the element.
 */
export interface BlurCover {
  /** Moves the blur to `element` when the client re-rendered its share view. */
  follow(element: HTMLElement): void;
  remove(): void;
}

export interface CoverText {
  title: string;
  detail: string;
  reveal: string;
}

const FILTER = 'blur(48px) grayscale(1)';
const FOLLOW_EVERY_MS = 200;

export function coverElement(element: HTMLElement, text: () => CoverText, onReveal: () => void): BlurCover {
  const doc = element.ownerDocument;
  let target = element;
  // The blur first, in this task: it is what keeps the share from ever being painted sharp.
  let saved = blur(target);
  const host = doc.createElement('hostguard-safe-view');
  let timer: ReturnType<typeof setInterval> | undefined;
  const place = () => {
    const rect = target.getBoundingClientRect();
    host.style.cssText =
      `position:fixed;z-index:2147483647;left:${rect.left}px;top:${rect.top}px;` +
      `width:${rect.width}px;height:${rect.height}px;display:${rect.width > 0 ? 'block' : 'none'}`;
  };
  const win = doc.defaultView;
  // The cover needs layout (its position) and localised text: built in the next animation
  // frame, still before that frame paints, so the observer pass that blurred stays short.
  let removed = false;
  const build = () => {
    if (removed) return;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(style(doc), card(doc, text(), onReveal));
    (doc.body ?? doc.documentElement).append(host);
    place();
    timer = setInterval(place, FOLLOW_EVERY_MS);
    win?.addEventListener('resize', place);
  };
  if (win?.requestAnimationFrame) win.requestAnimationFrame(build);
  else build();
  return {
    follow(next) {
      if (next === target) return;
      unblur(target, saved);
      target = next;
      saved = blur(target);
    },
    remove() {
      removed = true;
      if (timer !== undefined) clearInterval(timer);
      win?.removeEventListener('resize', place);
      unblur(target, saved);
      host.remove();
    },
  };
}

interface Saved {
  value: string;
  priority: string;
}

function blur(element: HTMLElement): Saved {
  const saved = {
    value: element.style.getPropertyValue('filter'),
    priority: element.style.getPropertyPriority('filter'),
  };
  element.style.setProperty('filter', FILTER, 'important');
  return saved;
}

function unblur(element: HTMLElement, saved: Saved): void {
  if (saved.value) element.style.setProperty('filter', saved.value, saved.priority);
  else element.style.removeProperty('filter');
}

function style(doc: Document): HTMLStyleElement {
  const css = doc.createElement('style');
  css.textContent = `
    :host { all: initial; }
    .card { box-sizing: border-box; width: 100%; height: 100%; display: flex; flex-direction: column;
      align-items: center; justify-content: center; gap: 8px; padding: 12px; text-align: center;
      background: rgb(24 24 27 / 0.96); color: #fafafa; font: 14px/1.4 system-ui, sans-serif; }
    .title { font-weight: 700; font-size: 16px; }
    button { font: inherit; padding: 6px 14px; border-radius: 6px; border: 1px solid #fafafa;
      background: transparent; color: inherit; cursor: pointer; }
    button:focus-visible { outline: 3px solid #facc15; outline-offset: 2px; }`;
  return css;
}

/** Text only: the detail names the sharer, which is attacker-chosen. */
function card(doc: Document, text: CoverText, onReveal: () => void): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'card';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', text.title);
  const title = doc.createElement('div');
  title.className = 'title';
  title.textContent = text.title;
  const detail = doc.createElement('div');
  detail.textContent = text.detail;
  const reveal = doc.createElement('button');
  reveal.type = 'button';
  reveal.textContent = text.reveal;
  reveal.addEventListener('click', (event) => {
    if (event.isTrusted) onReveal();
  });
  box.append(title, detail, reveal);
  return box;
}
