import type { ZoomContext } from './context';
import { h, sync } from './dom';
import type { ZoomParticipant } from './model';
import { createRow, type RowView } from './participant-row';
import { ROW_HEIGHT, VIEWPORT_HEIGHT, clampScrollTop, rowWindow } from './virtual-window';

/*
 * The react-virtualized roster: `div#participants-unified-list` (build 7.2.0 capture §8.3; older
 * builds `#participants-ul`) with role=list, aria-label "Participants list" and the
 * `ReactVirtualized__Grid ReactVirtualized__List` classes (operator doc 4d). Only the rows in the
 * window exist; rows are keyed by index like react-virtualized's cells, so a row element is
 * reused in place when the roster under it changes. Re-renders on roster changes and on 'scroll'.
 */
export interface ParticipantList {
  readonly element: HTMLElement;
  render(): void;
}

export function createParticipantList(
  ctx: ZoomContext,
  onMic: (p: ZoomParticipant) => void,
  onMore: (opener: HTMLElement, p: ZoomParticipant) => void,
): ParticipantList {
  const { doc, t, model } = ctx;
  const inner = h(doc, 'div', { class: 'ReactVirtualized__Grid__innerScrollContainer', role: 'rowgroup' });
  const element = h(
    doc,
    'div',
    {
      id: 'participants-unified-list',
      role: 'list',
      'aria-label': t.participantsList,
      tabindex: '0',
      class: 'participants-list-container ReactVirtualized__Grid ReactVirtualized__List',
      style: `box-sizing: border-box; direction: ltr; height: ${VIEWPORT_HEIGHT}px; position: relative; width: 396px; will-change: transform; overflow: hidden auto;`,
    },
    inner,
  );
  const rows = new Map<number, RowView>();
  let lastTop = 0;
  const at = (index: number) => model.ordered()[index];

  const render = () => {
    const ordered = model.ordered();
    const top = clampScrollTop(element.scrollTop, ordered.length);
    const { start, stop } = rowWindow(top, ordered.length, top >= lastTop);
    lastTop = top;
    const height = ordered.length * ROW_HEIGHT;
    sync(
      inner,
      'style',
      `width: auto; height: ${height}px; max-width: 396px; max-height: ${height}px; overflow: hidden; position: relative;`,
    );
    for (const [index, view] of rows) {
      if (index >= start && index < stop) continue;
      view.element.remove();
      rows.delete(index);
    }
    for (let index = start; index < stop; index++) {
      let view = rows.get(index);
      if (!view) {
        view = createRow(
          ctx,
          () => at(index) && onMic(at(index)!),
          (opener) => at(index) && onMore(opener, at(index)!),
        );
        rows.set(index, view);
        insertInOrder(inner, view.element, index, rows);
      }
      view.update(ordered[index]!, index);
    }
  };
  element.addEventListener('scroll', render);
  return { element, render };
}

/** Keeps DOM order equal to index order, as React renders the cells. */
function insertInOrder(inner: HTMLElement, element: HTMLElement, index: number, rows: Map<number, RowView>) {
  let next: { index: number; element: HTMLElement } | null = null;
  for (const [other, view] of rows) {
    if (other <= index || view.element.parentElement !== inner) continue;
    if (!next || other < next.index) next = { index: other, element: view.element };
  }
  inner.insertBefore(element, next?.element ?? null);
}
