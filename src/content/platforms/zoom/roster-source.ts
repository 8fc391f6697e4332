import type { RosterSource } from '../../kit/roster-tracker';
import { identityFor, type RowFacts } from './identity';
import { renderedRows, rosterList, rowName, rowRole, totalCount } from './page';
import { ROW } from './selectors';

/** A row's index: Zoom numbers rows `participants-list-<index>` (meeting-dom.md §1.1). */
function rowIndex(row: Element, position: number): number {
  const match = /participants-list-(\d+)$/.exec(row.id);
  return match ? Number(match[1]) : position;
}

/** Whether every participant has a row in the DOM right now (the list is virtualised). */
export function isComplete(doc: Document, list: ParentNode): boolean {
  const total = totalCount(doc);
  return total === null || renderedRows(list).length >= total;
}

/**
 * Gives every rendered row its id (identity.ts) and returns the rows in order. Runs before each
 * read of the list, so ids follow the rows the observer and the actions see.
 */
export function resolveRows(doc: Document, list: ParentNode): HTMLElement[] {
  const rows = renderedRows(list);
  const facts: RowFacts[] = rows.map((row, position) => ({ row, name: rowName(row), index: rowIndex(row, position) }));
  identityFor(doc).resolve(facts, totalCount(doc), isComplete(doc, list));
  return rows;
}

/** The Participants list for the kit's roster tracker; virtualised, judged against the head count. */
export function zoomRoster(doc: Document): RosterSource {
  const identity = () => identityFor(doc);
  return {
    list(page) {
      const list = rosterList(page);
      if (list) resolveRows(page, list);
      return list;
    },
    row: ROW,
    read(row) {
      const id = identity().idOf(row);
      if (id === undefined) return null;
      return { id, name: rowName(row), ...rowRole(row) };
    },
    // Rows are updated in place by index: a new name or role shows in these.
    attributes: ['aria-label', 'id'],
    virtualized: { complete: (list) => isComplete(doc, list) },
  };
}
