/**
 * Runs inside the panel page (page.evaluate): records, per joiner name, when the panel first
 * heard of its `joined` alert (storage.onChanged) and when the alert row entered the DOM. Both
 * on the panel's clock, `performance.timeOrigin + performance.now()`.
 */
export interface PanelRecord {
  /** Alert row inserted (MutationObserver callback). */
  rowAt: number;
}
export interface StorageRecord {
  /** storage.onChanged delivered the session holding the alert. */
  heardAt: number;
  /** That session's `updatedAt`: the background's Date.now() when it folded the batch. */
  updatedAt: number;
}
export interface PanelRecorderState {
  rows: Record<string, PanelRecord>;
  heard: Record<string, StorageRecord>;
}

type RecorderWindow = typeof globalThis & { __benchRecorder?: PanelRecorderState };

export function installPanelRecorder(): void {
  const win = globalThis as RecorderWindow;
  if (win.__benchRecorder) return;
  const state: PanelRecorderState = { rows: {}, heard: {} };
  win.__benchRecorder = state;
  const now = () => performance.timeOrigin + performance.now();
  const ALERT = '[data-testid="alert"][data-kind="joined"]';

  const seeRow = (alert: Element, at: number) => {
    const name = alert.querySelector('.alert-text .name')?.textContent ?? '';
    if (name && !state.rows[name]) state.rows[name] = { rowAt: at };
  };
  new MutationObserver((records) => {
    const at = now();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(ALERT)) seeRow(node, at);
        for (const alert of node.querySelectorAll(ALERT)) seeRow(alert, at);
      }
    }
  }).observe(document.body, { childList: true, subtree: true });

  type StoredSession = { alerts?: { kind: string; name?: string }[]; updatedAt?: number };
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    const at = now();
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith('session:')) continue;
      const session = change.newValue as StoredSession | undefined;
      for (const alert of session?.alerts ?? []) {
        if (alert.kind !== 'joined' || !alert.name || state.heard[alert.name]) continue;
        state.heard[alert.name] = { heardAt: at, updatedAt: session?.updatedAt ?? NaN };
      }
    }
  });
}

export function readPanelRecorder(): PanelRecorderState {
  return (globalThis as RecorderWindow).__benchRecorder ?? { rows: {}, heard: {} };
}

/** Alert rows recorded so far for joiners whose name starts with `prefix`. */
export function recordedRowCount(prefix: string): number {
  const rows = (globalThis as RecorderWindow).__benchRecorder?.rows ?? {};
  return Object.keys(rows).filter((name) => name.startsWith(prefix)).length;
}
