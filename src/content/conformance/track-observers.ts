/** Counts MutationObservers and event listeners created while observing starts. */
export function trackObservers() {
  const created: { disconnected: boolean }[] = [];
  const Original = globalThis.MutationObserver;
  globalThis.MutationObserver = class extends Original {
    readonly tracked = { disconnected: false };
    constructor(callback: MutationCallback) {
      super(callback);
      created.push(this.tracked);
    }
    override disconnect() {
      this.tracked.disconnected = true;
      super.disconnect();
    }
  };
  let live = 0;
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    // Abort listeners end with their signal by definition.
    if (this instanceof AbortSignal) return add.call(this, type, listener, options);
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (!signal) live++;
    else if (!signal.aborted) {
      live++;
      signal.addEventListener('abort', () => live--, { once: true });
    }
    return add.call(this, type, listener, options);
  };
  return {
    created,
    /** Listeners added without a signal, or whose signal has not aborted. */
    listeners: () => live,
    restore() {
      globalThis.MutationObserver = Original;
      EventTarget.prototype.addEventListener = add;
    },
  };
}
